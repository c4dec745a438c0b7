using System.Net;
using CE.Platform.Testing;
using CE.Platform.Tests.Security;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.SingleSignOn;

/// <summary>An administrator's mistakes on the single sign-on page: each is named at its field and nothing is saved.</summary>
public abstract class SsoSettingsTests(SsoAppFixture app, OidcProviderFixture provider)
{
    [Fact]
    public async Task An_issuer_whose_discovery_document_cannot_be_fetched_is_named_and_the_organisation_stays_on_passwords()
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);

        // Nothing listens on port 9 (discard) on loopback: the fetch fails at once.
        using var response = await admin.SubmitAsync($"/admin/organisations/{organisationId}/sso", Form("http://127.0.0.1:9/nowhere", "client", "secret", "nowhere.example"));

        var page = await AppClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#Issuer-error")?.TextContent));
        Assert.Equal("client", (page.QuerySelector("#ClientId") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value);
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().SsoConnections.AnyAsync(c => c.OrganisationId == organisationId)));
        admin.Dispose();
    }

    [Fact]
    public async Task A_domain_that_belongs_to_another_organisation_is_refused_and_nothing_is_saved()
    {
        var (_, domain) = await SsoSteps.ConnectedOrganisationAsync(app, provider);
        var second = await OrganisationSteps.CreateAsync(app);
        var (clientId, secret) = await provider.RegisterClientAsync(SsoSteps.AppBaseUrl, second);
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);

        using var response = await admin.SubmitAsync($"/admin/organisations/{second}/sso", Form(provider.Issuer, clientId, secret, domain));

        var page = await AppClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already belongs to another organisation", page.QuerySelector("#Domains-error")?.TextContent, StringComparison.Ordinal);
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().SsoConnections.AnyAsync(c => c.OrganisationId == second)));
        admin.Dispose();
    }

    [Fact]
    public async Task Script_and_markup_typed_into_the_settings_come_back_inert_on_the_page()
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);
        var url = $"/admin/organisations/{organisationId}/sso";
        var form = Form(Payloads.Text("issuer"), Payloads.Short("client"), "secret", Payloads.Name("domain"));
        form["MfaAcrValues"] = Payloads.Text("acr");

        using var response = await admin.SubmitAsync(url, form);

        var problems = InertHtml.Problems(await AppClient.ParseAsync(response), url, [form["ClientId"]]).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().SsoConnections.AnyAsync(c => c.OrganisationId == organisationId)));
        admin.Dispose();
    }

    private static Dictionary<string, string> Form(string issuer, string clientId, string secret, string domain) => new()
    {
        ["Issuer"] = issuer,
        ["ClientId"] = clientId,
        ["ClientSecret"] = secret,
        ["Domains"] = domain,
        ["MfaAcrValues"] = "",
        ["RequireSso"] = "false",
        ["Enabled"] = "true",
    };
}

[Collection(SingleSignOnCollections.Sqlite)]
public sealed class SqliteSsoSettingsTests(SqliteSsoAppFixture app, OidcProviderFixture provider) : SsoSettingsTests(app, provider);

[Collection(SingleSignOnCollections.PostgreSql)]
public sealed class PostgreSqlSsoSettingsTests(PostgreSqlSsoAppFixture app, OidcProviderFixture provider) : SsoSettingsTests(app, provider);
