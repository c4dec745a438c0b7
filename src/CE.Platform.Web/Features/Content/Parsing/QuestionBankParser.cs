using CE.Platform.Web.Features.Content.Definitions;
using YamlDotNet.RepresentationModel;

namespace CE.Platform.Web.Features.Content.Parsing;

/// <summary>Reads a module's question bank and checks each question's own shape (answer among options, one answer for single).</summary>
internal static class QuestionBankParser
{
    private static readonly string[] Keys = ["questions"];
    private static readonly string[] QuestionKeys = ["id", "section", "objective", "type", "stem", "options", "answer", "scoring", "rationale"];

    /// <summary>The questions, each with the lines of its id and options.</summary>
    public static IReadOnlyList<ParsedQuestion> Parse(string text, ContentFile file)
    {
        if (YamlDocuments.LoadMapping(text, file) is not { } root)
        {
            return [];
        }

        var questions = new List<ParsedQuestion>();
        foreach (var item in new YamlFields(root, file, "the question bank", Keys).Items("questions", "a question", QuestionKeys))
        {
            var optionLines = new Dictionary<string, int>();
            if (ParseQuestion(item, optionLines) is { } question)
            {
                questions.Add(new ParsedQuestion(question, file.Path, item.LineOf("id"), optionLines));
            }
        }

        return questions;
    }

    private static QuestionDefinition? ParseQuestion(YamlFields item, Dictionary<string, int> optionLines)
    {
        var file = item.File;
        var id = Slugs.Checked(item.String("id"), file, item.LineOf("id"), "question id");
        var section = item.String("section");
        var objective = item.Int("objective", required: false, min: 1, max: 20);
        var type = item.Enum("type", QuestionType.Single);
        var (stem, rationale) = (item.String("stem"), item.String("rationale"));
        var scoring = item.Enum("scoring", MultipleScoring.AllOrNothing);
        var options = type == QuestionType.TrueFalse ? TrueFalseOptions(item) : Options(item, optionLines);
        var answer = item.Strings("answer", allowSingle: true)?.Select(a => a.Text.ToLowerInvariant()).ToList();
        if (id is null || section is null || type is null || stem is null || rationale is null || scoring is null || options is null || answer is null)
        {
            return null;
        }

        var line = item.LineOf("answer");
        foreach (var key in answer.Where(a => options.All(o => o.Key != a)))
        {
            file.Report(line, $"question '{id}': the answer '{key}' is not one of its options ({string.Join(", ", options.Select(o => o.Key))})");
        }

        if (type != QuestionType.Multiple && answer.Count != 1)
        {
            file.Report(line, $"question '{id}': a {(type == QuestionType.Single ? "single" : "true-false")} question has exactly one answer");
        }

        if (type == QuestionType.Multiple && options.Count < 3)
        {
            file.Report(item.LineOf("options"), $"question '{id}': a multiple-response question needs at least 3 options");
        }

        if (scoring == MultipleScoring.Partial && type != QuestionType.Multiple)
        {
            file.Report(item.LineOf("scoring"), $"question '{id}': 'scoring: partial' applies to multiple-response questions only");
        }

        return new QuestionDefinition(id, section, type.Value, stem, options, answer.Distinct().ToList(), scoring.Value, rationale, objective);
    }

    private static List<OptionDefinition>? TrueFalseOptions(YamlFields item)
    {
        if (item.Mapping("options", required: false) is not null)
        {
            item.File.Report(item.LineOf("options"), "a true-false question has no options; its answer is true or false");
        }

        return [new("true", "True"), new("false", "False")];
    }

    private static List<OptionDefinition>? Options(YamlFields item, Dictionary<string, int> optionLines)
    {
        if (item.Mapping("options") is not { } mapping)
        {
            return null;
        }

        var options = new List<OptionDefinition>();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { Length: > 0 } name } && value is YamlScalarNode { Value: { Length: > 0 } text })
            {
                options.Add(new OptionDefinition(name.ToLowerInvariant(), text.Trim()));
                optionLines[name.ToLowerInvariant()] = YamlFields.Line(key);
            }
            else
            {
                item.File.Report(YamlFields.Line(key), "each option is written as 'key: text'");
            }
        }

        if (options.Count < 2)
        {
            item.File.Report(item.LineOf("options"), "a question needs at least 2 options");
        }

        return options;
    }
}
