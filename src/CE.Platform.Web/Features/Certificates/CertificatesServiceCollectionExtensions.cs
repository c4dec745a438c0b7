using System.Threading.RateLimiting;
using CE.Platform.Web.Features.Certificates.Pdf;
using CE.Platform.Web.Features.Certificates.Signing;
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
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(VerifyController.NumberLookupPolicy, context => PerClient(context,
                context.RequestServices.GetRequiredService<IOptions<CertificateOptions>>().Value.NumberLookupsPerMinute));
            limiter.AddPolicy(VerifyController.TokenLookupPolicy, context => PerClient(context,
                context.RequestServices.GetRequiredService<IOptions<CertificateOptions>>().Value.TokenLookupsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
