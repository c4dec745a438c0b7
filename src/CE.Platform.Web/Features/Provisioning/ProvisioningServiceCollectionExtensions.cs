using Microsoft.AspNetCore.Authentication;

namespace CE.Platform.Web.Features.Provisioning;

public static class ProvisioningServiceCollectionExtensions
{
    public static IServiceCollection AddProvisioning(this IServiceCollection services)
    {
        services.AddScoped<ScimTokens>();
        services.AddScoped<ScimMemberAccess>();
        services.AddScoped<ScimUserJson>();
        services.AddScoped<ScimUserQuery>();
        services.AddScoped<ScimUserWrites>();
        services.AddScoped<ScimGroups>();
        services.AddScoped<ScimDiscovery>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ScimAuthentication>(ScimAuthentication.SchemeName, _ => { });
        return services;
    }
}
