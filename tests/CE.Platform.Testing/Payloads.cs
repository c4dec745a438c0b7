namespace CE.Platform.Testing;

/// <summary>
/// Hostile text typed into free-text fields. Each sets window.__xss if it ever runs, so a browser can
/// tell; each carries a short tag so a test knows which field a shown value came from.
/// </summary>
public static class Payloads
{
    public const string Script = "<script>window.__xss=1</script>";
    public const string Attribute = "\"><img src=x onerror=window.__xss=1>";
    public const string JavascriptUrl = "javascript:window.__xss=1";
    public const string Formula = "=HYPERLINK(\"http://evil.example\",\"x\")";

    /// <summary>A formula first (for CSV exports), then markup (for pages); under 120 characters with a short tag.</summary>
    public static string Name(string tag) => $"{Formula}{Script}{tag}{Attribute}";

    /// <summary>Markup that breaks out of an attribute, for short fields (at most 40 characters).</summary>
    public static string Short(string tag) => $"{tag}{Attribute}";

    /// <summary>Every kind at once, for long free text (comments, reasons).</summary>
    public static string Text(string tag) => $"{Formula} {tag} {Script} {Attribute} {JavascriptUrl}";
}
