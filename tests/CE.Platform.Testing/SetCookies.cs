using Xunit;

namespace CE.Platform.Testing;

/// <summary>The cookies a response sets.</summary>
public static class SetCookies
{
    /// <summary>
    /// The whole Set-Cookie header (value and attributes) of the one cookie starting with
    /// <paramref name="prefix"/> (a name and "=", or the start of a name with a generated suffix); fails the test when none is set.
    /// </summary>
    public static string StartingWith(HttpResponseMessage response, string prefix) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.SingleOrDefault(c => c.StartsWith(prefix, StringComparison.Ordinal)) is { } cookie
            ? cookie
            : throw new Xunit.Sdk.XunitException($"No {prefix} cookie set by {response.RequestMessage?.RequestUri}.");
}
