using System.Text.Json.Nodes;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Provisioning;

/// <summary>Requests an attacker or a misconfigured client would send: each gets a SCIM error and changes nothing.</summary>
public abstract class ScimBadInputTests(AppFixture app)
{
    [Fact]
    public async Task A_revoked_token_or_none_is_refused_with_a_scim_401_and_creates_nothing()
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        var token = await ScimSteps.IssueAsync(app, organisationId);
        var tokenId = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScimTokens.Where(t => t.OrganisationId == organisationId).Select(t => t.Id).SingleAsync());
        await app.InScopeAsync(sp => sp.GetRequiredService<Web.Features.Provisioning.ScimTokens>().RevokeAsync(organisationId, tokenId));
        using var revoked = await ScimSteps.ClientAsync(app, organisationId, token);
        using var none = await ScimSteps.ClientAsync(app, organisationId, "scim_not-a-token");

        var (status, body, contentType) = await revoked.SendAsync("POST", "/scim/v2/Users", ScimSteps.User(AccountSteps.NewEmail("revoked")));
        var (guessed, _, _) = await none.SendAsync("GET", "/scim/v2/Users");

        Assert.Equal(401, status);
        Assert.Equal(401, guessed);
        Assert.Equal("application/scim+json", contentType);
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", body!["schemas"]![0]!.GetValue<string>());
        Assert.Equal("401", body["status"]!.GetValue<string>());
        Assert.Equal(0, await UsersOfAsync(organisationId));
    }

    [Fact]
    public async Task Another_organisations_token_cannot_read_change_or_delete_this_organisations_user()
    {
        using var ours = await ScimSteps.ClientAsync(app, await OrganisationSteps.CreateAsync(app));
        using var theirs = await ScimSteps.ClientAsync(app, await OrganisationSteps.CreateAsync(app));
        var (_, user, _) = await ours.SendAsync("POST", "/scim/v2/Users", ScimSteps.User(AccountSteps.NewEmail("ours")));
        var id = user!["id"]!.GetValue<string>();
        var (_, group, _) = await ours.SendAsync("POST", "/scim/v2/Groups", new JsonObject { ["displayName"] = "Ward 7" });
        var groupId = group!["id"]!.GetValue<string>();

        var answers = new[]
        {
            await theirs.SendAsync("GET", $"/scim/v2/Users/{id}"),
            await theirs.SendAsync("PATCH", $"/scim/v2/Users/{id}", ScimSteps.Patch("replace", "active", JsonValue.Create(false))),
            await theirs.SendAsync("PUT", $"/scim/v2/Users/{id}", ScimSteps.User(AccountSteps.NewEmail("taken"), active: false)),
            await theirs.SendAsync("DELETE", $"/scim/v2/Users/{id}"),
            await theirs.SendAsync("PATCH", $"/scim/v2/Groups/{groupId}", ScimSteps.Patch("add", "members", new JsonArray(new JsonObject { ["value"] = id }))),
            await theirs.SendAsync("DELETE", $"/scim/v2/Groups/{groupId}"),
        };
        var (_, listed, _) = await theirs.SendAsync("GET", $"/scim/v2/Users?filter=id eq \"{id}\"");
        var (_, after, _) = await ours.SendAsync("GET", $"/scim/v2/Users/{id}");

        Assert.All(answers, a => Assert.Equal(404, a.Status));
        Assert.All(answers, a => Assert.Equal("404", a.Body!["status"]!.GetValue<string>()));
        Assert.Equal(0, listed!["totalResults"]!.GetValue<int>());
        Assert.True(after!["active"]!.GetValue<bool>());
        Assert.Equal("member", after["urn:ce-platform:scim:schemas:extension:membership:1.0:User"]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_patch_with_an_unknown_path_is_invalidPath_and_its_other_operations_change_nothing()
    {
        using var scim = await ScimSteps.ClientAsync(app, await OrganisationSteps.CreateAsync(app));
        var (_, user, _) = await scim.SendAsync("POST", "/scim/v2/Users", ScimSteps.User(AccountSteps.NewEmail("atomic")));
        var id = user!["id"]!.GetValue<string>();
        var patch = JsonNode.Parse("""
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
              {"op":"Replace","path":"displayName","value":"Changed Name"},
              {"op":"Replace","path":"active","value":"False"},
              {"op":"Replace","path":"favouriteColour","value":"blue"}]}
            """)!.AsObject();

        var (status, error, _) = await scim.SendAsync("PATCH", $"/scim/v2/Users/{id}", patch);
        var (_, after, _) = await scim.SendAsync("GET", $"/scim/v2/Users/{id}");

        Assert.Equal(400, status);
        Assert.Equal("invalidPath", error!["scimType"]!.GetValue<string>());
        Assert.Contains("favouriteColour", error["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Pat Provisioned", after!["displayName"]!.GetValue<string>());
        Assert.True(after["active"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("userName eq", "invalidFilter")]
    [InlineData("userName eq \"unterminated", "invalidFilter")]
    [InlineData("userName co \"x\"", "invalidFilter")]
    [InlineData("favouriteColour eq \"blue\"", "invalidFilter")]
    [InlineData("userName eq \"a\" or userName eq \"b\"", "invalidFilter")]
    public async Task A_malformed_or_unsupported_filter_is_refused_with_invalidFilter(string filter, string scimType)
    {
        using var scim = await ScimSteps.ClientAsync(app, await OrganisationSteps.CreateAsync(app));

        var (status, error, _) = await scim.SendAsync("GET", $"/scim/v2/Users?filter={Uri.EscapeDataString(filter)}");

        Assert.Equal(400, status);
        Assert.Equal(scimType, error!["scimType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Malformed_json_is_invalidSyntax_and_a_duplicate_userName_is_a_409_and_neither_creates_anything()
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        using var scim = await ScimSteps.ClientAsync(app, organisationId);
        var email = AccountSteps.NewEmail("unique");
        await scim.SendAsync("POST", "/scim/v2/Users", ScimSteps.User(email));

        var (broken, syntax, _) = await scim.SendAsync("POST", "/scim/v2/Users", "{\"userName\": \"half");
        var (twice, uniqueness, _) = await scim.SendAsync("POST", "/scim/v2/Users", ScimSteps.User(email.ToUpperInvariant()));

        Assert.Equal(400, broken);
        Assert.Equal("invalidSyntax", syntax!["scimType"]!.GetValue<string>());
        Assert.Equal(409, twice);
        Assert.Equal("uniqueness", uniqueness!["scimType"]!.GetValue<string>());
        Assert.Equal(1, await UsersOfAsync(organisationId));
    }

    private Task<int> UsersOfAsync(int organisationId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScimUsers.CountAsync(u => u.OrganisationId == organisationId));
}

[Collection(Collections.Sqlite)]
public sealed class SqliteScimBadInputTests(SqliteAppFixture app) : ScimBadInputTests(app);

[Collection(Collections.PostgreSql)]
public sealed class PostgreSqlScimBadInputTests(PostgreSqlAppFixture app) : ScimBadInputTests(app);
