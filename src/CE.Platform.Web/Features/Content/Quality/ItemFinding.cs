using CE.Platform.Web.Features.Content.Parsing;

namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>One breach of an item-writing rule, at the line an author should look at.</summary>
public sealed record ItemFinding(string Rule, Severity Severity, string Path, int Line, string Message)
{
    public static ItemFinding Warning(string rule, ParsedQuestion item, int line, string message) =>
        new(rule, Severity.Warning, item.Path, line, $"question '{item.Id}': {message}");

    public static ItemFinding Error(string rule, ParsedQuestion item, int line, string message) =>
        new(rule, Severity.Error, item.Path, line, $"question '{item.Id}': {message}");

    public ContentProblem ToProblem() => new(Path, Line, Message, Rule, Severity);
}
