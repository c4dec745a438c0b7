using Microsoft.AspNetCore.Authentication.Cookies;

namespace CE.Platform.Web.Features.Lti;

public static class LtiServiceCollectionExtensions
{
    public static IServiceCollection AddLti(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LtiOptions>(configuration.GetSection("Lti"));
        services.AddHttpClient(LtiPlatformKeys.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<LtiPlatformKeys>();
        services.AddScoped<LtiTokenValidation>();
        services.AddScoped<LtiToolKeys>();
        services.AddScoped<LtiRegistrations>();
        services.AddScoped<LtiLogin>();
        services.AddScoped<LtiLaunch>();
        services.AddScoped<LtiAccounts>();
        services.AddScoped<LtiResourceLaunch>();
        services.AddScoped<LtiDeepLinking>();
        services.AddScoped<LtiContextQuery>();
        services.AddScoped<LtiToolDetails>();
        services.AddHttpClient(LtiServicesClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<LtiServicesClient>();
        services.AddScoped<LtiScoreJob>();
        services.AddScoped<LtiRosterQuery>();
        services.AddAuthentication().AddCookie(LtiSession.Scheme, options =>
        {
            // Only the /lti pages see it, and it must travel in the LMS's cross-site iframe: SameSite=None needs Secure.
            options.Cookie.Name = LtiSession.CookieName;
            options.Cookie.Path = "/lti";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.None;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.ExpireTimeSpan = TimeSpan.FromHours(2);
            options.SlidingExpiration = true;
            options.LoginPath = "/lti/session-ended";
            options.AccessDeniedPath = "/lti/session-ended";
        });
        services.AddAuthorizationBuilder().AddPolicy(LtiSession.InstructorPolicy, policy => policy
            .AddAuthenticationSchemes(LtiSession.Scheme).RequireClaim(LtiSession.RoleClaim, nameof(LtiRole.Instructor)));
        return services;
    }
}
