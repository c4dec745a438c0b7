using System.Security.Claims;
using System.Threading.RateLimiting;

namespace CE.Platform.Web.Infrastructure.Security;

/// <summary>
/// Limits on the forms an attacker would hammer: sign-in, registration, password reset and
/// confirmation requests and LTI logins per client address, and quiz posts per signed-in person.
/// </summary>
public static class RateLimits
{
    public const string AccountForms = "account-forms";
    public const string QuizPosts = "quiz-posts";
    public const string LtiLogins = "lti-logins";

    public static IServiceCollection AddFormRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(AccountForms, context => Window(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                configuration.GetValue("RateLimits:AccountFormsPerMinute", 10)));
            limiter.AddPolicy(QuizPosts, context => Window(context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                configuration.GetValue("RateLimits:QuizPostsPerMinute", 120)));
            // Each LTI login stores a state row before anyone is known; a hospital's learners may share one address.
            limiter.AddPolicy(LtiLogins, context => Window(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                configuration.GetValue("RateLimits:LtiLoginsPerMinute", 300)));
        });
        return services;
    }

    private static RateLimitPartition<string> Window(string key, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
