using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.SingleSignOn;

public static class SingleSignOnServiceCollectionExtensions
{
    public static IServiceCollection AddSingleSignOn(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SsoOptions>(configuration.GetSection("Sso"));
        services.AddHttpClient(DiscoveryCheck.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<ClientSecretProtector>();
        services.AddScoped<DiscoveryCheck>();
        services.AddScoped<SsoSettings>();
        services.AddScoped<SsoDirectory>();
        services.AddScoped<SsoSignIn>();
        services.AddScoped<SsoSignOut>();
        // One handler registration; its options come from the request's organisation, not from named options fixed at start-up.
        services.AddAuthentication().AddOpenIdConnect(SsoScheme.Name, "Single sign-on", _ => { });
        services.AddSingleton<IOptionsMonitor<OpenIdConnectOptions>, OrganisationOidcOptions>();
        services.Replace(ServiceDescriptor.Scoped<IAuthenticationHandlerProvider, PerOrganisationHandlerProvider>());
        return services;
    }
}
