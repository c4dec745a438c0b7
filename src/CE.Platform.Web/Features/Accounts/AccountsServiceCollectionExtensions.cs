using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts.Passwords;
using CE.Platform.Web.Features.Accounts.Sessions;
using CE.Platform.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.SignIn.RequireConfirmedEmail = true;
                options.User.RequireUniqueEmail = true;
                // Length, not composition rules (OWASP ASVS 5, NIST SP 800-63B).
                options.Password.RequiredLength = ProfileLimits.PasswordMin;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Accounts:LockoutAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Accounts:LockoutMinutes", 15));
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<TwoFactorClaimsFactory>();
        services.AddSingleton(_ => CommonPasswords.Load());

        // Short enough that a password change, role removal or locked account ends other sessions within minutes.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(5);
            // What a single sign-on or an LMS launch established for this session outlives the refresh.
            options.OnRefreshingPrincipal = SessionClaims.KeepSignInClaims;
        });
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, AccountStateStampValidator>());
        services.Configure<SessionLimits>(configuration.GetSection("Security"));
        services.AddScoped<SessionCookieEvents>();
        services.AddSingleton<EndedSessions>();
        services.AddSingleton<EmbeddedWindowHandOff>();
        services.AddHostedService<EndedSessionsWatcher>();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "ce.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request is HTTPS (behind a TLS proxy, with ForwardedHeaders:Enabled).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.SlidingExpiration = true;
            options.EventsType = typeof(SessionCookieEvents);
        });
        // Idle timeout: the ticket expires this long after the last renewal, which each request past half-way makes.
        // Read when the options are built, so every configuration source (tests' included) is in.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SessionLimits>>((options, limits) => options.ExpireTimeSpan = TimeSpan.FromMinutes(limits.Value.IdleTimeoutMinutes));
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Coordinator, policy => policy.RequireRole(Roles.Coordinator, Roles.Admin));

        services.Configure<AccountOptions>(configuration.GetSection("Accounts"));
        services.Configure<DemoSeedOptions>(configuration.GetSection("Seed"));
        services.AddScoped<AccountEmails>();
        services.AddScoped<AccountEmailJob>();
        services.AddScoped<AccountMailQueue>();
        services.AddScoped<SelfRegistration>();
        services.AddSingleton<EqualPasswordWork>();
        services.AddScoped<AccountProvisioning>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<SignInFailures>();
        services.AddScoped<TwoFactorSignIn>();
        services.AddScoped<TwoFactorEnrolment>();
        services.AddSingleton<TwoFactorRequirement>();
        services.AddScoped<AccountAnonymiser>();
        services.Configure<Records.RecordsOptions>(configuration.GetSection("Records"));
        services.AddScoped<Records.RecordsPurge>();
        services.AddScoped<DemoAccountSeeder>();
        services.AddScoped<UnconfirmedAccountCleanupJob>();
        return services;
    }
}
