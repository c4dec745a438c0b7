using CE.Platform.Web.Features.Certificates.Pdf;
using CE.Platform.Web.Features.Certificates.Signing;
using CE.Platform.Web.Infrastructure.RateLimiting;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Certificates;

public static class CertificatesServiceCollectionExtensions
{
    public static IServiceCollection AddCertificates(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CertificateOptions>(configuration.GetSection("Certificates"));
        services.AddSingleton<ICertificateRenderer, PdfSharpCertificateRenderer>();
        services.AddSingleton<ITranscriptRenderer, PdfSharpTranscriptRenderer>();
        services.AddScoped<SigningKeyStore>();
        services.AddScoped<CertificateIssuer>();
        services.AddScoped<CertificateQueries>();
        services.AddScoped<CertificateDocuments>();
        services.AddSingleton<CertificatePdfCache>();
        services.AddScoped<CertificateAdministration>();
        services.AddScoped<TranscriptQuery>();
        services.AddScoped<CertificateEmailJob>();
        services.AddScoped<UnsentCertificateEmailSweep>();
        services.AddScoped<Credentials.OpenBadgeCredentials>();
        services.AddOptions<RateLimitPolicies>().Configure<IOptions<CertificateOptions>>((limits, options) =>
        {
            limits.PerMinute(VerifyController.NumberLookupPolicy, "Certificates:NumberLookupsPerMinute", options.Value.NumberLookupsPerMinute, RateLimitPolicies.ByAddress);
            limits.PerMinute(VerifyController.TokenLookupPolicy, "Certificates:TokenLookupsPerMinute", options.Value.TokenLookupsPerMinute, RateLimitPolicies.ByAddress);
        });
        return services;
    }
}
