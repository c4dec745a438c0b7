namespace CE.Platform.Web.Features.Content.Parsing;

/// <summary>Splits a Markdown file into its YAML front matter (between --- lines) and its body.</summary>
internal sealed record FrontMatter(string Yaml, string Body, int BodyFirstLine)
{
    public static FrontMatter? Split(string text, ContentFile file)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            file.Report(1, "a module file starts with a YAML front matter block between '---' lines");
            return null;
        }

        var end = Array.FindIndex(lines, 1, line => line.Trim() == "---");
        if (end < 0)
        {
            file.Report(1, "the front matter block is not closed by a '---' line");
            return null;
        }

        return new FrontMatter(
            string.Join('\n', lines[1..end]),
            string.Join('\n', lines[(end + 1)..]),
            end + 2);
    }
}
