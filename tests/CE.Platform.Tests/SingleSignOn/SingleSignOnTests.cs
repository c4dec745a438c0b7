using System.Net;
using System.Text.Json.Nodes;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.SingleSignOn;

/// <summary>Single sign-on against a real OpenID Provider (oidc-provider in Node) through the app's HTTP pipeline.</summary>
public abstract class SingleSignOnTests(SsoAppFixture app, OidcProviderFixture provider)
{
    [Fact]
    public async Task A_first_sign_in_creates_a_confirmed_account_that_is_a_member_from_now_and_linked_to_the_provider()
    {
        var (organisationId, domain) = await SsoSteps.ConnectedOrganisationAsync(app, provider);
        var (login, email) = Person(domain);
        provider.AddPerson(login, email, emailVerified: true, name: "Dana Jit, RN");
        var before = DateTime.UtcNow.AddSeconds(-5);

        using var signedIn = await SsoSteps.SignInAsync(app.NewClient(), email, login);

        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        var (name, confirmed, joined, loginProvider) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
            var membership = await db.Memberships.AsNoTracking().SingleAsync(m => m.UserId == user.Id);
            var link = await db.UserLogins.AsNoTracking().SingleAsync(l => l.UserId == user.Id);
            return (user.FullName, user.EmailConfirmed, membership.OrganisationId == organisationId ? membership.JoinedAtUtc : DateTime.MinValue, $"{link.LoginProvider} {link.ProviderKey}");
        });
        Assert.Equal("Dana Jit, RN", name);
        Assert.True(confirmed);
        Assert.True(joined >= before, "The membership starts now, so the organisation sees nothing from before.");
        Assert.Equal($"oidc-{organisationId} {provider.Issuer}|{login}", loginProvider);
        Assert.Contains(await AuditSteps.EntriesAboutAsync(app, email), e => e.StartsWith("sso.account-created", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_who_joins_by_single_sign_on_gets_the_organisations_existing_assignments()
    {
        var (organisationId, domain) = await SsoSteps.ConnectedOrganisationAsync(app, provider);
        var assignmentId = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var assignment = new CE.Platform.Web.Features.Assignments.Assignment
            {
                OrganisationId = organisationId, ModuleId = await db.Modules.Where(m => m.Slug == "ketamine-safety").Select(m => m.Id).SingleAsync(),
                Scope = CE.Platform.Web.Features.Assignments.AssignmentScope.Organisation, DueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
                CreatedByUserId = await db.Users.Select(u => u.Id).FirstAsync(), CreatedAtUtc = DateTime.UtcNow,
            };
            db.Assignments.Add(assignment);
            await db.SaveChangesAsync();
            return assignment.Id;
        });
        var (login, email) = Person(domain);
        provider.AddPerson(login, email, emailVerified: true, name: "Sam Assigned, RN");

        using var signedIn = await SsoSteps.SignInAsync(app.NewClient(), email, login);

        Assert.True(await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return await db.LearnerAssignments.AnyAsync(l => l.AssignmentId == assignmentId && l.UserId == userId);
        }));
    }

    [Fact]
    public async Task An_existing_account_is_linked_and_joins_when_the_provider_verifies_its_address_in_the_organisations_domain()
    {
        var (_, domain) = await SsoSteps.ConnectedOrganisationAsync(app, provider);
        var (login, email) = Person(domain);
        await app.InScopeAsync(sp => sp.GetRequiredService<AccountProvisioning>().CreateConfirmedAsync(email, "Lee Local", AccountSteps.Password, Roles.Learner));
        provider.AddPerson(login, email, emailVerified: true);

        using var signedIn = await SsoSteps.SignInAsync(app.NewClient(), email, login);

        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.Equal((true, 1, true), await SsoSteps.AccountAsync(app, email));
        Assert.Contains(await AuditSteps.EntriesAboutAsync(app, email), e => e.StartsWith("sso.account-linked", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public async Task An_address_the_provider_does_not_say_is_verified_is_refused_and_nothing_is_created(bool? verified)
    {
        var (_, domain) = await SsoSteps.ConnectedOrganisationAsync(app, provider);
        var (login, email) = Person(domain);
        provider.AddPerson(login, email, emailVerified: verified);

        using var refused = await SsoSteps.SignInAsync(app.NewClient(), email, login);

        Assert.Contains("Single sign-on refused", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((false, 0, false), await SsoSteps.AccountAsync(app, email));
        Assert.Contains(await AuditSteps.EntriesAboutAsync(app, email), e => e.Contains("email_verified", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_provider_asserting_an_address_of_another_organisations_domain_is_refused_and_the_account_there_is_untouched()
    {
        var (_, domain) = await SsoSteps.ConnectedOrganisationAsync(app, provider);
        var (_, otherDomain) = await SsoSteps.ConnectedOrganisationAsync(app, provider);
        var (login, startEmail) = Person(domain);
        var victim = $"victim-{Guid.NewGuid():N}@{otherDomain}";
        await app.InScopeAsync(sp => sp.GetRequiredService<AccountProvisioning>().CreateConfirmedAsync(victim, "Val Victim", AccountSteps.Password, Roles.Learner));
        // The person starts with an address of the first organisation; its provider then asserts the other one's.
        provider.AddPerson(login, victim, emailVerified: true);

        using var refused = await SsoSteps.SignInAsync(app.NewClient(), startEmail, login);

        Assert.Contains("does not own the domain", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((true, 0, false), await SsoSteps.AccountAsync(app, victim));
    }

    [Fact]
    public async Task A_sign_in_that_comes_back_after_the_organisation_turned_single_sign_on_off_is_refused()
    {
        var (organisationId, domain) = await SsoSteps.ConnectedOrganisationAsync(app, provider);
        var (login, email) = Person(domain);
        provider.AddPerson(login, email, emailVerified: true);
        var client = app.NewClient();
        var callback = await SsoSteps.ToProviderAndBackAsync(client, email, login);
        await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().SsoConnections
            .Where(c => c.OrganisationId == organisationId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Enabled, false)));

        using var refused = await SsoSteps.BackToAppAsync(client, callback);

        Assert.Contains("single sign-on is off", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((false, 0, false), await SsoSteps.AccountAsync(app, email));
        using var passwordStep = await client.SubmitAsync("/account/login", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, passwordStep.StatusCode);
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("expired")]
    [InlineData("nonce")]
    public async Task A_token_altered_after_the_provider_issued_it_lands_on_the_failure_page_and_creates_nothing(string fault)
    {
        var (_, domain) = await SsoSteps.ConnectedOrganisationAsync(app, provider);
        var (login, email) = Person(domain);
        provider.AddPerson(login, email, emailVerified: true, fault: fault);
        var client = app.NewClient();

        using var handled = await client.GetAsync((await SsoSteps.ToProviderAndBackAsync(client, email, login)).PathAndQuery);

        Assert.Equal("/account/sso/failed", handled.Headers.Location?.OriginalString);
        Assert.Equal((false, 0, false), await SsoSteps.AccountAsync(app, email));
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("missing")]
    public async Task A_callback_with_a_wrong_or_missing_state_lands_on_the_failure_page(string state)
    {
        var (_, domain) = await SsoSteps.ConnectedOrganisationAsync(app, provider);
        var (login, email) = Person(domain);
        provider.AddPerson(login, email, emailVerified: true);
        var client = app.NewClient();
        var callback = await SsoSteps.ToProviderAndBackAsync(client, email, login);
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        if (state == "missing")
        {
            query.Remove("state");
        }
        else
        {
            query["state"] = query["state"]![..^4] + "AAAA";
        }

        using var handled = await client.GetAsync($"{callback.AbsolutePath}?{query}");

        Assert.Equal("/account/sso/failed", handled.Headers.Location?.OriginalString);
        Assert.Equal((false, 0, false), await SsoSteps.AccountAsync(app, email));
    }

    [Fact]
    public async Task When_members_must_use_single_sign_on_their_password_no_longer_signs_them_in()
    {
        var (_, domain) = await SsoSteps.ConnectedOrganisationAsync(app, provider, requireSso: true);
        var (_, email) = Person(domain);
        await app.InScopeAsync(sp => sp.GetRequiredService<AccountProvisioning>().CreateConfirmedAsync(email, "Pat Password", AccountSteps.Password, Roles.Learner));

        using var refused = await AccountSteps.SignInAsync(app.NewClient(), email);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("password sign-in is off for your address", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "pwd", "mfa" }, null, "/")]
    [InlineData(new[] { "pwd" }, "urn:test:mfa", "/")]
    [InlineData(new[] { "pwd" }, null, "/profile/two-factor/setup")]
    public async Task A_coordinator_whose_provider_sign_in_shows_multi_factor_evidence_needs_no_local_authenticator(string[] amr, string? acr, string landing)
    {
        var (_, domain) = await SsoSteps.ConnectedOrganisationAsync(app, provider, mfaAcr: "urn:test:mfa");
        var (login, email) = Person(domain);
        await app.InScopeAsync(sp => sp.GetRequiredService<AccountProvisioning>().CreateConfirmedAsync(email, "Cory Coordinator", AccountSteps.Password, Roles.Coordinator));
        provider.AddPerson(login, email, emailVerified: true, amr: amr, acr: acr);
        var client = app.NewClient();
        using var signedIn = await SsoSteps.SignInAsync(client, email, login);

        using var home = await client.GetAsync("/learning");

        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(landing == "/" ? null : landing, home.Headers.Location?.OriginalString);
        Assert.Equal(landing == "/" ? HttpStatusCode.OK : HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task Signing_out_after_single_sign_on_continues_to_the_providers_end_session_endpoint()
    {
        var (organisationId, domain) = await SsoSteps.ConnectedOrganisationAsync(app, provider);
        var (login, email) = Person(domain);
        provider.AddPerson(login, email, emailVerified: true);
        var client = app.NewClient();
        using var signedIn = await SsoSteps.SignInAsync(client, email, login);
        var token = await client.AntiforgeryTokenAsync("/profile");

        using var signedOut = await client.PostAsync("/account/logout", [new("__RequestVerificationToken", token)]);

        var location = (await SsoSteps.ProviderUrlAsync(signedOut)).OriginalString;
        Assert.StartsWith($"{provider.Issuer}/session/end?", location, StringComparison.Ordinal);
        Assert.Contains("id_token_hint=", location, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString($"{SsoSteps.AppBaseUrl}/signout-callback-oidc/{organisationId}"), location, StringComparison.Ordinal);
        using var afterwards = await client.GetAsync("/profile");
        Assert.Contains("/account/login", afterwards.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_the_organisations_scim_client_deactivated_is_refused_at_single_sign_on_until_reactivated()
    {
        var (organisationId, domain) = await SsoSteps.ConnectedOrganisationAsync(app, provider);
        var (login, email) = Person(domain);
        provider.AddPerson(login, email, emailVerified: true);
        using var scim = await ScimSteps.ClientAsync(app, organisationId);
        var (_, user, _) = await scim.SendAsync("POST", "/scim/v2/Users", ScimSteps.User(email));
        var id = user!["id"]!.GetValue<string>();

        var (deactivated, _, _) = await scim.SendAsync("PATCH", $"/scim/v2/Users/{id}", ScimSteps.Patch("Replace", "active", JsonValue.Create("False")));
        using var refused = await SsoSteps.SignInAsync(app.NewClient(), email, login);
        var (reactivated, _, _) = await scim.SendAsync("PATCH", $"/scim/v2/Users/{id}", ScimSteps.Patch("replace", "active", JsonValue.Create(true)));
        using var signedIn = await SsoSteps.SignInAsync(app.NewClient(), email, login);

        Assert.Equal(200, deactivated);
        Assert.Contains("the organisation has deactivated this account", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(await AuditSteps.EntriesAboutAsync(app, email), e => e.StartsWith("sign-in.sso-refused", StringComparison.Ordinal) && e.Contains("deactivated", StringComparison.Ordinal));
        Assert.Equal(200, reactivated);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }

    private static (string Login, string Email) Person(string domain)
    {
        var login = $"p{Guid.NewGuid():N}";
        return (login, $"{login}@{domain}");
    }
}

[Collection(SingleSignOnCollections.Sqlite)]
public sealed class SqliteSingleSignOnTests(SqliteSsoAppFixture app, OidcProviderFixture provider) : SingleSignOnTests(app, provider);

[Collection(SingleSignOnCollections.PostgreSql)]
public sealed class PostgreSqlSingleSignOnTests(PostgreSqlSsoAppFixture app, OidcProviderFixture provider) : SingleSignOnTests(app, provider);

public static class SingleSignOnCollections
{
    public const string Sqlite = "Single sign-on on SQLite";
    public const string PostgreSql = "Single sign-on on PostgreSQL";
}

[CollectionDefinition(SingleSignOnCollections.Sqlite)]
public sealed class SqliteSingleSignOnCollection : ICollectionFixture<SqliteSsoAppFixture>, ICollectionFixture<OidcProviderFixture>;

[CollectionDefinition(SingleSignOnCollections.PostgreSql)]
public sealed class PostgreSqlSingleSignOnCollection : ICollectionFixture<PostgreSqlSsoAppFixture>, ICollectionFixture<OidcProviderFixture>;
