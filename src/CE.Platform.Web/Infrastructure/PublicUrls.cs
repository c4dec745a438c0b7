using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Infrastructure;

/// <summary>
/// Absolute links for emails, certificates and QR codes. They come from configuration
/// (<c>Site:PublicUrl</c>), not from the request, because jobs have no request and a
/// Host header is the client's to choose.
/// </summary>
public sealed class PublicUrls(IOptions<SiteOptions> options)
{
    public string For(string pathAndQuery) => options.Value.PublicUrl.TrimEnd('/') + "/" + pathAndQuery.TrimStart('/');
}
