using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CE.Platform.Web.Features.Content.Parsing;

internal static class YamlDocuments
{
    /// <summary>Parses YAML whose root must be a mapping; a syntax error is reported with its line.</summary>
    public static YamlMappingNode? LoadMapping(string text, ContentFile file)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            file.Report(1, "the file must hold a YAML mapping of keys and values");
        }
        catch (YamlException e)
        {
            file.Report((int)e.Start.Line, $"YAML syntax: {e.InnerException?.Message ?? e.Message}");
        }

        return null;
    }
}
