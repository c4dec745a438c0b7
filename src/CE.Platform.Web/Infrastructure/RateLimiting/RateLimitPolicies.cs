namespace CE.Platform.Web.Infrastructure.RateLimiting;

/// <summary>A limit: how many requests a client may make per window, and what makes requests one client's.</summary>
public sealed record RateLimitPolicy(int PermitLimit, TimeSpan Window, Func<HttpContext, string> Partition);

/// <summary>The named limits that <see cref="SharedRateLimitAttribute"/> applies; each feature adds its own.</summary>
public sealed class RateLimitPolicies
{
    private readonly Dictionary<string, RateLimitPolicy> policies = new(StringComparer.Ordinal);

    /// <summary>Adds a limit of <paramref name="permitLimit"/> a minute, read from the setting named <paramref name="setting"/>.</summary>
    public void PerMinute(string name, string setting, int permitLimit, Func<HttpContext, string> partition) =>
        policies[name] = permitLimit >= 1
            ? new RateLimitPolicy(permitLimit, TimeSpan.FromMinutes(1), partition)
            : throw new Startup.StartupException($"{setting} is {permitLimit}; it must be 1 or more (requests per minute per client).");

    public RateLimitPolicy this[string name] =>
        policies.TryGetValue(name, out var policy) ? policy : throw new InvalidOperationException($"No rate limit named '{name}' is configured.");

    /// <summary>The client's address (behind a proxy, the forwarded one when ForwardedHeaders:Enabled).</summary>
    public static string ByAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
