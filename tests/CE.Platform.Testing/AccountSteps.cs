using CE.Platform.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CE.Platform.Testing;

/// <summary>Steps with accounts, through the site's own pages, plus a fast path for set-up.</summary>
public static class AccountSteps
{
    public const string Password = "correct horse battery staple";

    public static string NewEmail(string who = "learner") => $"{who}-{Guid.NewGuid():N}@example.org";

    /// <summary>Registers through the form and confirms through the emailed link.</summary>
    public static async Task RegisterAndConfirmAsync(AppFixture app, AppClient client, string email, string fullName = "Test Learner, RN", string credential = "RN", TimeSpan? mailTimeout = null)
    {
        using var registered = await client.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["FullName"] = fullName,
            ["Credential"] = credential,
            ["Password"] = Password,
            ["ConfirmPassword"] = Password,
        });
        Assert.Equal("/account/check-email", registered.Headers.Location?.OriginalString);
        var message = await app.Mailbox.WaitForAsync(email, "Confirm your email", mailTimeout);
        var confirmed = await client.GetPageAsync(Mailbox.LinkTo(message, "/account/confirm-email"));
        Assert.Contains("Email confirmed", confirmed.Title, StringComparison.Ordinal);
    }

    public static async Task<HttpResponseMessage> SignInAsync(AppClient client, string email, string password = Password) =>
        await client.SubmitAsync("/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    /// <summary>Creates a confirmed account directly (set-up, not the behaviour under test) and signs a new client in.</summary>
    public static async Task<(AppClient Client, string Email)> SignedInAsync(AppFixture app, params string[] roles)
    {
        var email = NewEmail(roles.FirstOrDefault()?.ToLowerInvariant() ?? "learner");
        await app.InScopeAsync(sp => sp.GetRequiredService<AccountProvisioning>()
            .CreateConfirmedAsync(email, "Test Person", Password, roles.Length == 0 ? [Roles.Learner] : roles));
        var client = app.NewClient();
        using var response = await SignInAsync(client, email);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return (client, email);
    }
}
