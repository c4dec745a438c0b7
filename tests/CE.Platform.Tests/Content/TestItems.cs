using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Parsing;

namespace CE.Platform.Tests.Content;

/// <summary>
/// Bank questions built in memory for the item-writing rules: options are lettered a, b, c… and stand on
/// the lines after the id's (id on <see cref="IdLine"/>, option a on <see cref="IdLine"/> + 5), as in a bank file.
/// </summary>
public static class TestItems
{
    public const string Bank = "courses/test-course/01-basics.questions.yaml";
    public const int IdLine = 10;

    public static ParsedQuestion Single(string stem, string answer, params string[] options) =>
        Item(QuestionType.Single, stem, [answer], Lettered(options));

    public static ParsedQuestion Multiple(string stem, string[] answers, params string[] options) =>
        Item(QuestionType.Multiple, stem, answers, Lettered(options));

    public static ParsedQuestion TrueFalse(string stem, bool answer) =>
        Item(QuestionType.TrueFalse, stem, [answer ? "true" : "false"], [new("true", "True"), new("false", "False")]);

    /// <summary>A balanced four-option item keyed <paramref name="answer"/>, with its own stem.</summary>
    public static ParsedQuestion Plain(int number, string answer = "a") =>
        Single($"Case {number}: which ketamine fact number {number} holds for patient group {number}?", answer,
            "First plain option", "Second plain option", "Third plain option", "Fourth plain option").Named($"item-{number}");

    public static ParsedQuestion Named(this ParsedQuestion item, string id, int line = IdLine, string path = Bank) =>
        item with { Question = item.Question with { Id = id }, Line = line, Path = path, OptionLines = OptionLines(item.Question.Options, line) };

    public static ParsedQuestion WithObjective(this ParsedQuestion item, int? objective) => item with { Question = item.Question with { Objective = objective } };

    public static ParsedQuestion InSection(this ParsedQuestion item, string section, string rationale) =>
        item with { Question = item.Question with { Section = section, Rationale = rationale } };

    public static int OptionLine(char letter) => IdLine + 5 + (letter - 'a');

    private static List<OptionDefinition> Lettered(string[] texts) =>
        texts.Select((text, i) => new OptionDefinition(((char)('a' + i)).ToString(), text)).ToList();

    private static ParsedQuestion Item(QuestionType type, string stem, IReadOnlyList<string> answers, List<OptionDefinition> options)
    {
        var question = new QuestionDefinition("item", "first-idea", type, stem, options, answers, MultipleScoring.AllOrNothing,
            "Because of the first idea (see \"First idea\").", Objective: 1);
        return new ParsedQuestion(question, Bank, IdLine, OptionLines(options, IdLine));
    }

    private static Dictionary<string, int> OptionLines(IEnumerable<OptionDefinition> options, int idLine) =>
        options.Select((o, i) => (o.Key, Line: idLine + 5 + i)).ToDictionary(o => o.Key, o => o.Line);
}
