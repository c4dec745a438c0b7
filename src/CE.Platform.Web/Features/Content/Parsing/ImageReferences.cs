using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Content.Parsing;

/// <summary>
/// Images in a module's body and question stems must be files in the course's assets/ folder
/// (served by the site, so pages need nothing from elsewhere), of a safe type and size, with alt text.
/// </summary>
internal static class ImageReferences
{
    public const string Folder = "assets/";
    public const long MaxBytes = 2 * 1024 * 1024;

    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
    };

    /// <summary>The valid images, relative path → file; every invalid one is reported where it is used.</summary>
    public static Dictionary<string, string> Check(ModuleDefinition module, IReadOnlyList<ParsedQuestion> questions,
        string courseFolder, ContentFile moduleFile, ContentFile bankFile)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var uses = MarkdownBody.Images(module.Body, module.BodyFirstLine).Select(i => (i.Alt, i.Source, i.Line, File: moduleFile))
            .Concat(questions.SelectMany(q => MarkdownBody.Images(q.Question.Stem, 0).Select(i => (i.Alt, i.Source, q.Line, File: bankFile))));
        foreach (var (alt, source, line, file) in uses)
        {
            if (Problem(alt, source, courseFolder) is { } problem)
            {
                file.Report(line, problem);
            }
            else
            {
                found[source] = Path.GetFullPath(Path.Combine(courseFolder, source));
            }
        }

        return found;
    }

    private static string? Problem(string alt, string source, string courseFolder)
    {
        if (!source.StartsWith(Folder, StringComparison.Ordinal) || source.Contains("..", StringComparison.Ordinal))
        {
            return $"the image '{source}' must be a file in the course's {Folder} folder (no web addresses)";
        }

        if (!ContentTypes.ContainsKey(Path.GetExtension(source)))
        {
            return $"the image '{source}' must be PNG, JPEG, GIF or WebP";
        }

        var file = new FileInfo(Path.Combine(courseFolder, source));
        if (!file.Exists)
        {
            return $"the image '{source}' does not exist in the course folder";
        }

        if (file.Length > MaxBytes)
        {
            return $"the image '{source}' is larger than 2 MB";
        }

        return alt.Length == 0 ? $"the image '{source}' needs alt text that describes it for screen readers" : null;
    }
}
