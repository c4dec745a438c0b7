using System.Security.Claims;
using CE.Platform.Web.Infrastructure.RateLimiting;

namespace CE.Platform.Web.Infrastructure.Security;

/// <summary>
/// Limits on the forms an attacker would hammer: sign-in, registration, password reset and
/// confirmation requests, LTI logins and SCORM launches per client address, and quiz posts per signed-in person. The counts are
/// kept in the database, so several instances together allow the limit once, not once each.
/// </summary>
public static class RateLimits
{
    public const string AccountForms = "account-forms";
    public const string QuizPosts = "quiz-posts";
    public const string LtiLogins = "lti-logins";
    public const string ScormLaunches = "scorm-launches";

    public static IServiceCollection AddFormRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<RateLimitCounter>();
        services.AddScoped<RateLimitGate>();
        services.AddScoped<ExpiredRateLimitWindowsJob>();
        services.Configure<RateLimitPolicies>(limits =>
        {
            limits.PerMinute(AccountForms, "RateLimits:AccountFormsPerMinute", configuration.GetValue("RateLimits:AccountFormsPerMinute", 10), RateLimitPolicies.ByAddress);
            limits.PerMinute(QuizPosts, "RateLimits:QuizPostsPerMinute", configuration.GetValue("RateLimits:QuizPostsPerMinute", 120),
                context => context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? RateLimitPolicies.ByAddress(context));
            // Each LTI login stores a state row before anyone is known; a hospital's learners may share one address.
            limits.PerMinute(LtiLogins, "RateLimits:LtiLoginsPerMinute", configuration.GetValue("RateLimits:LtiLoginsPerMinute", 300), RateLimitPolicies.ByAddress);
            // Each SCORM launch stores a registration and a single-use link; learners behind one hospital address share the count.
            limits.PerMinute(ScormLaunches, "RateLimits:ScormLaunchesPerMinute", configuration.GetValue("RateLimits:ScormLaunchesPerMinute", 300), RateLimitPolicies.ByAddress);
        });
        return services;
    }
}
