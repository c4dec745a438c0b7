using Xunit;

namespace CE.Platform.Testing;

/// <summary>Two-factor steps through the site's own pages, with codes computed from the key the setup page shows.</summary>
public static class TwoFactorSteps
{
    /// <summary>Enrols the signed-in person: reads the shared key, answers with a real code, keeps the recovery codes shown.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(AppClient client)
    {
        var setup = await client.GetPageAsync("/profile/two-factor/setup");
        var key = setup.QuerySelector("#authenticator-key")?.TextContent ?? throw new InvalidOperationException("No key on the setup page.");
        using var enabled = await client.SubmitAsync("/profile/two-factor/setup", new Dictionary<string, string> { ["Code"] = Totp.Now(key) });
        var page = await AppClient.ParseAsync(enabled);
        var codes = page.QuerySelectorAll("#recovery-codes code").Select(code => code.TextContent).ToList();
        Assert.True(codes.Count == 10, $"Expected 10 recovery codes, got {codes.Count}: {page.Title}");
        return (key, codes);
    }

    /// <summary>Answers the second sign-in step with <paramref name="code"/>.</summary>
    public static async Task<HttpResponseMessage> SecondStepAsync(AppClient client, HttpResponseMessage passwordStep, string code)
    {
        var location = passwordStep.Headers.Location?.OriginalString ?? throw new InvalidOperationException("The password step did not redirect.");
        Assert.StartsWith("/account/login/two-factor", location, StringComparison.Ordinal);
        return await client.SubmitAsync(location, new Dictionary<string, string> { ["Code"] = code });
    }
}
