using System.Globalization;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Infrastructure.RateLimiting;

/// <summary>
/// Counts a request against a named limit across every instance (the count is in the database) and,
/// past the limit, sets Retry-After. <see cref="SharedRateLimitAttribute"/> answers 429 itself; an action
/// whose refusals must be read by script on another origin (the SCORM launch) asks here and answers in its own words.
/// </summary>
public sealed class RateLimitGate(IOptions<RateLimitPolicies> policies, RateLimitCounter counter)
{
    public async Task<bool> AdmitAsync(string policy, HttpContext context)
    {
        var limit = policies.Value[policy];
        var key = $"{policy}:{limit.Partition(context)}";
        if (await counter.CountAsync(key, limit.Window, context.RequestAborted) <= limit.PermitLimit)
        {
            return true;
        }

        context.Response.Headers.RetryAfter = ((int)limit.Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return false;
    }
}
