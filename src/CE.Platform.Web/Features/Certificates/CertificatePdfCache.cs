using CE.Platform.Web.Features.Certificates.Pdf;
using Microsoft.Extensions.Caching.Memory;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>
/// A certificate's PDF never changes (a correction is a new certificate with a new number), so its
/// bytes are rendered once and kept for a while instead of on every download.
/// </summary>
public sealed class CertificatePdfCache(IMemoryCache cache, ICertificateRenderer renderer)
{
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(30);

    public byte[] Get(Certificate certificate, Func<CertificateDocument> document) =>
        // The licence is in the key: a coordinator's copy may leave it out (CoordinatorCopies).
        cache.GetOrCreate(("certificate-pdf", certificate.Number, certificate.LicenseNumber), entry =>
        {
            entry.SlidingExpiration = Kept;
            return renderer.Render(document());
        })!;
}
