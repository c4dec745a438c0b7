namespace CE.Platform.Web.Infrastructure;

public sealed class SiteOptions
{
    /// <summary>The address people reach the site at; used in emails and certificates.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5000";

    /// <summary>The CE provider's name, printed on course pages and certificates.</summary>
    public string ProviderName { get; set; } = "CE.Platform Continuing Education";
}
