using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Tests.Content;

/// <summary>Hand-made question banks whose answers a strategy is known to find, or known not to.</summary>
public static class TinyBank
{
    public static QuizRules Rules(int draw = 10, int passing = 80) => new() { Draw = draw, PassingScore = passing };

    /// <summary>A single-answer item; options are keyed a, b, c… in the order given.</summary>
    public static QuestionDefinition Single(string id, string stem, string answer, params string[] options) =>
        Item(id, QuestionType.Single, stem, [answer], options);

    public static QuestionDefinition Multiple(string id, string stem, IReadOnlyList<string> answer, params string[] options) =>
        Item(id, QuestionType.Multiple, stem, answer, options);

    public static QuestionDefinition TrueFalse(string id, string statement, bool answer) =>
        new(id, "section", QuestionType.TrueFalse, statement, [new("true", "True"), new("false", "False")],
            [answer ? "true" : "false"], MultipleScoring.AllOrNothing, "Because.");

    /// <summary><paramref name="count"/> single items made by <paramref name="item"/> from their number.</summary>
    public static IReadOnlyList<QuestionDefinition> Of(int count, Func<int, QuestionDefinition> item) =>
        Enumerable.Range(0, count).Select(item).ToList();

    /// <summary>The letter of the <paramref name="index"/>th option: 0 → a.</summary>
    public static string Letter(int index) => ((char)('a' + index)).ToString();

    /// <summary>Four options of equal length with nothing in common with any stem, keyed by turns a, b, c, d.</summary>
    public static QuestionDefinition Blank(int number) =>
        Single($"q{number}", $"Which name is right in case {number}?", Letter(number % 4), "Alpha.", "Bravo.", "Gamma.", "Delta.");

    private static QuestionDefinition Item(string id, QuestionType type, string stem, IReadOnlyList<string> answer, string[] options) =>
        new(id, "section", type, stem, options.Select((text, i) => new OptionDefinition(Letter(i), text)).ToList(),
            answer, MultipleScoring.AllOrNothing, "Because.");
}
