using CE.Platform.Web.Features.Accounts.TwoFactor;
using CE.Platform.Web.Features.SingleSignOn;
using CE.Platform.Web.Infrastructure.Security;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;

namespace CE.Platform.Web.Infrastructure.Mvc;

/// <summary>MVC, Data Protection and the request pipeline shared by every feature.</summary>
public static class WebPipeline
{
    public static IServiceCollection AddPlatformWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SiteOptions>(configuration.GetSection("Site"));
        services.AddSingleton<PublicUrls>();
        services.AddHttpContextAccessor();
        services.AddScoped<Audit.AuditLog>();
        services.AddFormRateLimits(configuration);
        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        // The antiforgery cookie is not marked Secure by default; mark it so whenever the site is reached over HTTPS.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        ReusedAntiforgeryTokens.Decorate(services);
        services.Configure<RazorViewEngineOptions>(options => options.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        services.AddPlatformDataProtection();
        services.AddEmbeddedSessions();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        });
        return services;
    }

    public static WebApplication UsePlatformWeb(this WebApplication app)
    {
        app.Use(RunToCompletion.InvokeAsync);
        app.UseHeadAsGet();
        if (app.Configuration.GetValue<bool>("ForwardedHeaders:Enabled"))
        {
            app.UseForwardedHeaders();
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseSecurityHeaders(Jobs.JobsServiceCollectionExtensions.DashboardPath);
        app.UseNoStoreByDefault();
        app.UseCookiePolicy();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseSsoRequestOrganisation();
        app.UseAuthentication();
        app.UseTwoFactorEnrolmentGate();
        app.UseAuthorization();
        return app;
    }
}
