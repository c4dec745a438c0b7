using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Provisioning;

/// <summary>The administrator's token page: issue once, use, list, revoke; nobody else opens it.</summary>
public abstract class ProvisioningPageTests(AppFixture app)
{
    [Fact]
    public async Task An_issued_token_is_shown_once_works_against_scim_is_listed_and_stops_working_when_revoked_on_the_page()
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        var url = $"/admin/organisations/{organisationId}/provisioning";
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);
        using var _admin = admin;

        using var issued = await admin.SubmitAsync(url, new Dictionary<string, string> { ["Name"] = "Entra ID production" });

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Contains("no-store", issued.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var token = (await AppClient.ParseAsync(issued)).QuerySelector("#new-token")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(token), "The answer to issuing shows the token.");
        var again = await admin.GetPageAsync(url);
        Assert.DoesNotContain(token, again.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("#new-token"));
        var row = Assert.Single(again.QuerySelectorAll("#token-list tbody tr"));
        Assert.Contains("Entra ID production", row.TextContent, StringComparison.Ordinal);

        using var scim = await ScimSteps.ClientAsync(app, organisationId, token);
        var (listed, _, _) = await scim.SendAsync("GET", "/scim/v2/Users");
        Assert.Equal(200, listed);
        Assert.DoesNotContain("never", (await admin.GetPageAsync(url)).QuerySelector("#token-list tbody tr")!.TextContent, StringComparison.Ordinal);

        using var revoked = await admin.SubmitAsync(url, new Dictionary<string, string>(), "#token-list form");

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var (refused, _, _) = await scim.SendAsync("GET", "/scim/v2/Users");
        Assert.Equal(401, refused);
        var afterwards = (await admin.GetPageAsync(url)).QuerySelector("#token-list tbody tr")!;
        Assert.Contains("Revoked", afterwards.TextContent, StringComparison.Ordinal);
        Assert.Null(afterwards.QuerySelector("form"));
        Assert.Equal(["scim.token-issued: Entra ID production", "scim.token-revoked: Entra ID production"], await AuditSteps.EntriesAboutAsync(app, $"organisation {organisationId}"));
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Learner)]
    public async Task Coordinators_and_learners_are_refused_the_page_and_cannot_issue_a_token(string role)
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        var url = $"/admin/organisations/{organisationId}/provisioning";
        var (client, _) = await AccountSteps.SignedInAsync(app, role);
        using var _client = client;

        using var page = await client.GetAsync(url);
        using var issue = await client.PostAsync($"{url}/tokens", [new("Name", "Sneaky")]);

        Assert.True(Refused(page), $"GET answered {(int)page.StatusCode} {page.Headers.Location}");
        Assert.NotEqual(HttpStatusCode.OK, issue.StatusCode);
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScimTokens.AnyAsync(t => t.OrganisationId == organisationId)));
    }

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal));
}

[Collection(Collections.Sqlite)]
public sealed class SqliteProvisioningPageTests(SqliteAppFixture app) : ProvisioningPageTests(app);

[Collection(Collections.PostgreSql)]
public sealed class PostgreSqlProvisioningPageTests(PostgreSqlAppFixture app) : ProvisioningPageTests(app);
