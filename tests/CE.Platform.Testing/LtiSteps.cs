using System.Net;
using System.Text.Json.Nodes;
using CE.Platform.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CE.Platform.Testing;

/// <summary>A platform registered through the admin page: its ids and the organisation its users join.</summary>
public sealed record LtiRegistered(int RegistrationId, int OrganisationId, string ClientId, string DeploymentId);

/// <summary>
/// LTI launches as the LMS and a browser carry them: the platform prepares a launch, the browser calls the tool's
/// login, follows it to the platform's authentication endpoint and brings the id_token back to the tool's launch.
/// </summary>
public static class LtiSteps
{
    public const string Module = "ketamine-safety";

    /// <summary>A browser-like client on https://localhost (the LTI cookies are Secure), keeping cookies, not following redirects.</summary>
    public static AppClient NewBrowser(AppFixture app) => new(app.Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(LtiAppFixture.PublicUrl),
    }));

    public static async Task<LtiRegistered> RegisteredAsync(AppFixture app, LtiPlatformFixture platform, bool linkByEmail = false)
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        var clientId = $"client-{Guid.NewGuid():N}";
        var deploymentId = $"{Random.Shared.Next(1, 1000)}";
        var (admin, _) = await AccountSteps.SignedInAsync(app, "Admin");
        using var saved = await admin.SubmitAsync("/admin/lti/new", Form(platform, clientId, deploymentId, organisationId, linkByEmail, enabled: true));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var registrationId = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().LtiRegistrations.Where(r => r.ClientId == clientId).Select(r => r.Id).SingleAsync());
        using var browser = NewBrowser(app);
        var jwks = JsonNode.Parse(await browser.Http.GetStringAsync("/lti/jwks"));
        await platform.RegisterToolAsync(clientId, jwks);
        return new LtiRegistered(registrationId, organisationId, clientId, deploymentId);
    }

    public static Dictionary<string, string> Form(LtiPlatformFixture platform, string clientId, string deploymentId, int organisationId, bool linkByEmail, bool enabled) => new()
    {
        ["Name"] = "Test Moodle",
        ["Issuer"] = platform.Issuer,
        ["ClientId"] = clientId,
        ["DeploymentIds"] = $"{deploymentId}\nother-deployment",
        ["AuthUrl"] = $"{platform.Issuer}/auth",
        ["TokenUrl"] = $"{platform.Issuer}/token",
        ["JwksUrl"] = $"{platform.Issuer}/jwks",
        ["FrameOrigins"] = "",
        ["OrganisationId"] = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["LinkExistingAccountsByEmail"] = linkByEmail ? "true" : "false",
        ["Enabled"] = enabled ? "true" : "false",
    };

    /// <summary>What the platform puts in a launch: a learner of the registered tool reading <see cref="Module"/>, unless changed.</summary>
    public static JsonObject Launch(LtiRegistered tool, string sub, string role = "learner", string? fault = null, string? email = null, string module = Module) => new()
    {
        ["clientId"] = tool.ClientId,
        ["deploymentId"] = tool.DeploymentId,
        ["redirectUri"] = $"{LtiAppFixture.PublicUrl}/lti/launch",
        ["targetLinkUri"] = $"{LtiAppFixture.PublicUrl}/lti/modules/{module}",
        ["role"] = role,
        ["fault"] = fault,
        ["resourceLinkId"] = $"link-{sub}",
        ["user"] = new JsonObject
        {
            ["sub"] = sub, ["name"] = "Robin Lms, RN", ["given_name"] = "Robin", ["family_name"] = "Lms", ["email"] = email ?? $"{sub}@lms.example",
        },
    };

    /// <summary>Login at the tool, authentication at the platform; returns the id_token and state the platform would post back.</summary>
    public static async Task<(string IdToken, string State)> ToPlatformAndBackAsync(AppClient browser, LtiPlatformFixture platform, JsonObject launch)
    {
        using var login = await LoginAsync(browser, platform, launch);
        Assert.True(login.StatusCode == HttpStatusCode.Redirect, $"The tool's login answered {(int)login.StatusCode}: {await login.Content.ReadAsStringAsync()}");
        var answer = await platform.AuthorizeAsync(login.Headers.Location!);
        Assert.Equal($"{LtiAppFixture.PublicUrl}/lti/launch", answer["redirect_uri"]!.GetValue<string>());
        return (answer["id_token"]!.GetValue<string>(), answer["state"]!.GetValue<string>());
    }

    /// <summary>The LMS's third-party initiated login (as a GET, as Moodle's iframe does).</summary>
    public static async Task<HttpResponseMessage> LoginAsync(AppClient browser, LtiPlatformFixture platform, JsonObject launch)
    {
        var prepared = await platform.PrepareLaunchAsync(launch);
        var parameters = prepared["loginParameters"]!.AsObject().Where(p => p.Value is not null).ToDictionary(p => p.Key, p => (string?)p.Value!.GetValue<string>());
        return await browser.GetAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/lti/login", parameters));
    }

    public static Task<HttpResponseMessage> PostLaunchAsync(AppClient browser, string idToken, string state) =>
        browser.PostAsync("/lti/launch", [new("id_token", idToken), new("state", state)]);

    /// <summary>The whole launch; the tool's answer to the launch post, not followed.</summary>
    public static async Task<HttpResponseMessage> LaunchAsync(AppClient browser, LtiPlatformFixture platform, JsonObject launch)
    {
        var (idToken, state) = await ToPlatformAndBackAsync(browser, platform, launch);
        return await PostLaunchAsync(browser, idToken, state);
    }

    /// <summary>Whether an account with the LMS user's login exists, and its memberships.</summary>
    public static Task<(bool Exists, int Memberships)> AccountAsync(AppFixture app, LtiPlatformFixture platform, int registrationId, string sub) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var key = $"{platform.Issuer}|{sub}";
        var userId = await db.UserLogins.Where(l => l.LoginProvider == $"lti-{registrationId}" && l.ProviderKey == key).Select(l => l.UserId).SingleOrDefaultAsync();
        return (userId is not null, userId is null ? 0 : await db.Memberships.CountAsync(m => m.UserId == userId));
    });
}
