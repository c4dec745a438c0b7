namespace CE.Platform.Web.Features.Scorm;

public enum ScormVersion
{
    Scorm12,
    Scorm2004,
}

/// <summary>What differs between the two editions a package is built for: namespaces, schema files and names.</summary>
public static class ScormVersions
{
    public static bool TryParse(string? value, out ScormVersion version)
    {
        version = value switch { "1.2" => ScormVersion.Scorm12, "2004" => ScormVersion.Scorm2004, _ => (ScormVersion)(-1) };
        return Enum.IsDefined(version);
    }

    public static string Name(ScormVersion version) => version == ScormVersion.Scorm12 ? "1.2" : "2004";

    /// <summary>The schema files in the package, under Package/Schemas/{folder}: exactly those the manifest declares (and what they import).</summary>
    public static IReadOnlyList<string> SchemaFiles(ScormVersion version) => version == ScormVersion.Scorm12
        ? ["imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "ims_xml.xsd"]
        : ["imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd"];
}
