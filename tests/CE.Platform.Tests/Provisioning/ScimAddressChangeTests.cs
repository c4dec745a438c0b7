using System.Text.Json.Nodes;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Provisioning;

/// <summary>An HR system changes someone's address (a new name after marriage): the organisation's own account follows, a person's own does not.</summary>
public abstract class ScimAddressChangeTests(AppFixture app)
{
    [Fact]
    public async Task The_organisations_own_account_signs_in_with_the_new_address_and_one_held_by_another_account_is_refused_with_nothing_changed()
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        using var scim = await ScimSteps.ClientAsync(app, organisationId);
        var before = AccountSteps.NewEmail("maiden");
        var after = AccountSteps.NewEmail("married");
        var taken = AccountSteps.NewEmail("colleague");
        await app.InScopeAsync(sp => sp.GetRequiredService<AccountProvisioning>().CreateConfirmedAsync(taken, "Colleague", AccountSteps.Password, [Roles.Learner]));
        var (_, user, _) = await scim.SendAsync("POST", "/scim/v2/Users", ScimSteps.User(before));
        var id = user!["id"]!.GetValue<string>();
        var userId = await AccountIdAsync(before);

        var (moved, _, _) = await scim.SendAsync("PATCH", $"/scim/v2/Users/{id}", Rename(after));
        var (refused, error, _) = await scim.SendAsync("PATCH", $"/scim/v2/Users/{id}", Rename(taken));

        Assert.Equal(200, moved);
        Assert.Equal(userId, await AccountIdAsync(after));
        Assert.Null(await AccountIdAsync(before));
        Assert.Contains(await AuditSteps.EntriesAboutAsync(app, after), e => e == $"scim.user-address-changed: organisation {organisationId}: was {before}");
        Assert.Equal(409, refused);
        Assert.Equal("uniqueness", error!["scimType"]!.GetValue<string>());
        Assert.Equal(userId, await AccountIdAsync(after));
        var (_, current, _) = await scim.SendAsync("GET", $"/scim/v2/Users/{id}");
        Assert.Equal(after, current!["userName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_persons_own_account_keeps_its_address_when_the_organisations_record_changes()
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        using var scim = await ScimSteps.ClientAsync(app, organisationId);
        var own = AccountSteps.NewEmail("own");
        await app.InScopeAsync(sp => sp.GetRequiredService<AccountProvisioning>().CreateConfirmedAsync(own, "Own Account", AccountSteps.Password, [Roles.Learner]));
        var userId = await AccountIdAsync(own);
        var (_, user, _) = await scim.SendAsync("POST", "/scim/v2/Users", ScimSteps.User(own));

        var (changed, _, _) = await scim.SendAsync("PATCH", $"/scim/v2/Users/{user!["id"]!.GetValue<string>()}", Rename(AccountSteps.NewEmail("hr")));

        Assert.Equal(200, changed);
        Assert.Equal(userId, await AccountIdAsync(own));
    }

    // Entra's update of a renamed user: the work email and the userName in one request.
    private static JsonObject Rename(string address)
    {
        var patch = ScimSteps.Patch("Replace", "emails[type eq \"work\"].value", JsonValue.Create(address));
        patch["Operations"]!.AsArray().Add(new JsonObject { ["op"] = "Replace", ["path"] = "userName", ["value"] = address });
        return patch;
    }

    private Task<string?> AccountIdAsync(string email)
    {
        var normalized = email.ToUpperInvariant();
        return app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleOrDefaultAsync());
    }
}

[Collection(Collections.Sqlite)]
public sealed class SqliteScimAddressChangeTests(SqliteAppFixture app) : ScimAddressChangeTests(app);

[Collection(Collections.PostgreSql)]
public sealed class PostgreSqlScimAddressChangeTests(PostgreSqlAppFixture app) : ScimAddressChangeTests(app);
