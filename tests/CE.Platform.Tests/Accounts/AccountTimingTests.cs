using AngleSharp.Html.Dom;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Accounts;

/// <summary>
/// An attacker who times the account forms must not learn which addresses have accounts, or which
/// accounts are locked: every kind of address takes as long as every other.
/// </summary>
public abstract class AccountTimingTests<TFixture>(TFixture app)
    where TFixture : AccountTimingFixture
{
    private const int Rounds = 16;
    private const string WrongPassword = "not the password of anyone";

    [Fact]
    public async Task Registering_an_address_that_has_an_account_takes_as_long_as_registering_a_new_one()
    {
        var existing = await ConfirmedAccountAsync();
        using var client = app.NewClient();
        var form = await OpenFormAsync(client, "/account/register");

        await ResponseTimes.AssertAlikeAsync(Rounds,
            new("new address", () => Register(client, form, AccountSteps.NewEmail("timing-new"))),
            new("address with an account", () => Register(client, form, existing)));
    }

    [Fact]
    public async Task Signing_in_takes_as_long_for_an_unknown_address_as_for_a_wrong_password_a_locked_or_an_unconfirmed_account()
    {
        var wrong = await ConfirmedAccountAsync();
        var locked = await ConfirmedAccountAsync();
        await WithUsersAsync(async users => await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(locked))!, DateTimeOffset.UtcNow.AddYears(1)));
        var unconfirmed = await UnconfirmedAccountAsync();
        using var client = app.NewClient();
        var form = await OpenFormAsync(client, "/account/login");

        await ResponseTimes.AssertAlikeAsync(Rounds,
            new("unknown address", () => SignIn(client, form, AccountSteps.NewEmail("timing-nobody"))),
            new("wrong password", () => SignIn(client, form, wrong)),
            new("locked account", () => SignIn(client, form, locked)),
            new("unconfirmed account", () => SignIn(client, form, unconfirmed)));
    }

    [Fact]
    public async Task Asking_for_a_new_confirmation_link_takes_as_long_for_an_unknown_address_as_for_an_unconfirmed_account()
    {
        var unconfirmed = await UnconfirmedAccountAsync();
        using var client = app.NewClient();
        var form = await OpenFormAsync(client, "/account/resend-confirmation");

        await ResponseTimes.AssertAlikeAsync(Rounds,
            new("unknown address", () => client.SubmitAsync(form, "/account/resend-confirmation", Email(AccountSteps.NewEmail("timing-nobody")))),
            new("unconfirmed account", () => client.SubmitAsync(form, "/account/resend-confirmation", Email(unconfirmed))));
    }

    [Fact]
    public async Task Asking_for_a_password_reset_takes_as_long_for_an_unknown_address_as_for_an_account()
    {
        var existing = await ConfirmedAccountAsync();
        using var client = app.NewClient();
        var form = await OpenFormAsync(client, "/account/forgot-password");

        await ResponseTimes.AssertAlikeAsync(Rounds,
            new("unknown address", () => client.SubmitAsync(form, "/account/forgot-password", Email(AccountSteps.NewEmail("timing-nobody")))),
            new("address with an account", () => client.SubmitAsync(form, "/account/forgot-password", Email(existing))));
    }

    private async Task<string> ConfirmedAccountAsync()
    {
        var email = AccountSteps.NewEmail("timing");
        await app.InScopeAsync(sp => sp.GetRequiredService<AccountProvisioning>().CreateConfirmedAsync(email, "Timed Person", AccountSteps.Password, Roles.Learner));
        return email;
    }

    private async Task<string> UnconfirmedAccountAsync()
    {
        var email = AccountSteps.NewEmail("timing-unconfirmed");
        await WithUsersAsync(users => users.CreateAsync(new AppUser { UserName = email, Email = email, FullName = "Not Confirmed" }, AccountSteps.Password));
        return email;
    }

    private async Task WithUsersAsync(Func<UserManager<AppUser>, Task> action) =>
        await app.InScopeAsync(async sp =>
        {
            await action(sp.GetRequiredService<UserManager<AppUser>>());
            return true;
        });

    // One form, opened once: its antiforgery token serves every post of the same client.
    private static async Task<IHtmlFormElement> OpenFormAsync(AppClient client, string url) =>
        (IHtmlFormElement)(await client.GetPageAsync(url)).QuerySelector("main form")!;

    private static Dictionary<string, string> Email(string email) => new() { ["Email"] = email };

    private static Task<HttpResponseMessage> Register(AppClient client, IHtmlFormElement form, string email) =>
        client.SubmitAsync(form, "/account/register", new Dictionary<string, string>
        {
            ["Email"] = email, ["FullName"] = "Timed Person", ["Password"] = AccountSteps.Password, ["ConfirmPassword"] = AccountSteps.Password,
        });

    private static Task<HttpResponseMessage> SignIn(AppClient client, IHtmlFormElement form, string email) =>
        client.SubmitAsync(form, "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = WrongPassword });
}

// Timed alone, after the parallel collections: other tests' work on the two cores would be timed too.
[CollectionDefinition(nameof(AccountTimingSqliteFixture), DisableParallelization = true)]
public sealed class AccountTimingSqliteCollection : ICollectionFixture<AccountTimingSqliteFixture>;

[CollectionDefinition(nameof(AccountTimingPostgreSqlFixture), DisableParallelization = true)]
public sealed class AccountTimingPostgreSqlCollection : ICollectionFixture<AccountTimingPostgreSqlFixture>;

[Collection(nameof(AccountTimingSqliteFixture))]
public sealed class AccountTimingTestsOnSqlite(AccountTimingSqliteFixture app) : AccountTimingTests<AccountTimingSqliteFixture>(app);

[Collection(nameof(AccountTimingPostgreSqlFixture))]
public sealed class AccountTimingTestsOnPostgreSql(AccountTimingPostgreSqlFixture app) : AccountTimingTests<AccountTimingPostgreSqlFixture>(app);
