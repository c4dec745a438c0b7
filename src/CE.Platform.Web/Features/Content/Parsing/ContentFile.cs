namespace CE.Platform.Web.Features.Content.Parsing;

/// <summary>
/// A file being read, with where its problems go. <paramref name="LineOffset"/> maps lines of a
/// YAML block back to the file (front matter starts on line 2).
/// </summary>
public sealed record ContentFile(string Path, List<ContentProblem> Problems, int LineOffset = 0)
{
    public void Report(int line, string message) => Problems.Add(new ContentProblem(Path, line + LineOffset, message));
}
