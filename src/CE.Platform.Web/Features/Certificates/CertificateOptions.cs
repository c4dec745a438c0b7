using CE.Platform.Web.Features.Certificates.Pdf;

namespace CE.Platform.Web.Features.Certificates;

public sealed class CertificateOptions
{
    /// <summary>A4 or Letter; certificates are landscape, transcripts portrait.</summary>
    public PaperSize Paper { get; set; } = PaperSize.A4;

    public string SignatoryName { get; set; } = "Director of Continuing Education";
    public string SignatoryTitle { get; set; } = "On behalf of the CE provider";

    /// <summary>Look-ups by certificate number per client address per minute (tokens are not limited this tightly).</summary>
    public int NumberLookupsPerMinute { get; set; } = 20;

    /// <summary>Look-ups by verification token (QR code or link) per client address per minute.</summary>
    public int TokenLookupsPerMinute { get; set; } = 120;
}
