using System.IO.Compression;
using System.Net;
using System.Text;
using CE.Platform.Web.Infrastructure;

namespace CE.Platform.Web.Features.Scorm;

/// <summary>
/// The zip an LMS administrator uploads: imsmanifest.xml, the launch page with this dispatch's
/// server address and package token written in, its script, and the schema files the manifest
/// declares. Nothing of the course itself: content, questions and answers stay on our server.
/// </summary>
public sealed class ScormPackage(ScormTokens tokens, PublicUrls urls)
{
    public const string LaunchPage = "launch.html";
    public const string LaunchScript = "scorm-launch.js";

    public byte[] Build(ScormVersion version, int dispatchId, string title)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var manifest = ScormManifest.For(version, dispatchId, title);
            Add(zip, "imsmanifest.xml", Encoding.UTF8.GetBytes($"{manifest.Declaration}\n{manifest.Root}"));
            Add(zip, LaunchPage, Encoding.UTF8.GetBytes(LaunchHtml(version, dispatchId, title)));
            Add(zip, LaunchScript, Resource(LaunchScript));
            var folder = version == ScormVersion.Scorm12 ? "Scorm12" : "Scorm2004";
            foreach (var schema in ScormVersions.SchemaFiles(version))
            {
                Add(zip, schema, Resource($"{folder}/{schema}"));
            }
        }

        return buffer.ToArray();
    }

    private string LaunchHtml(ScormVersion version, int dispatchId, string title) =>
        Encoding.UTF8.GetString(Resource(LaunchPage))
            .Replace("{{title}}", WebUtility.HtmlEncode(title), StringComparison.Ordinal)
            .Replace("{{server}}", WebUtility.HtmlEncode(urls.For("/").TrimEnd('/')), StringComparison.Ordinal)
            .Replace("{{dispatch}}", dispatchId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{token}}", WebUtility.HtmlEncode(tokens.ForPackage(dispatchId)), StringComparison.Ordinal)
            .Replace("{{version}}", ScormVersions.Name(version), StringComparison.Ordinal);

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(content);
    }

    // Named by the csproj's LogicalName: CE.Platform.Web.Scorm.{folder/}{file}.
    private static byte[] Resource(string name)
    {
        using var stream = typeof(ScormPackage).Assembly.GetManifestResourceStream("CE.Platform.Web.Scorm." + name)
            ?? throw new InvalidOperationException($"The SCORM package resource {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
