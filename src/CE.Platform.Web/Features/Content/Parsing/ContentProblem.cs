namespace CE.Platform.Web.Features.Content.Parsing;

/// <summary>One thing wrong in a course file, printed as <c>path:line: message</c>.</summary>
public sealed record ContentProblem(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
