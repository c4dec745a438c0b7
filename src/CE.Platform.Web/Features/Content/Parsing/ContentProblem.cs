namespace CE.Platform.Web.Features.Content.Parsing;

/// <summary>An error keeps a course from being imported; a warning is printed and imports anyway (unless validation is strict).</summary>
public enum Severity
{
    Error,
    Warning,
}

/// <summary>
/// One thing wrong in a course file. Structural problems print as <c>path:line: message</c>; item-writing
/// findings carry their rule, <c>path:line: rule-name: message</c>, and a warning says so:
/// <c>path:line: rule-name: warning: message</c>.
/// </summary>
public sealed record ContentProblem(string Path, int Line, string Message, string? Rule = null, Severity Severity = Severity.Error)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The same finding as an error: what <c>--strict</c> makes of every warning.</summary>
    public ContentProblem AsError() => this with { Severity = Severity.Error };

    public override string ToString() =>
        $"{Path}:{Line}: {(Rule is null ? "" : Rule + ": ")}{(IsError ? "" : "warning: ")}{Message}";
}
