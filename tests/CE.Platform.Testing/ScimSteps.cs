using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CE.Platform.Web.Features.Provisioning;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Testing;

/// <summary>A SCIM client of one organisation, as an identity provider calls the site: a bearer token, no cookies.</summary>
public sealed class ScimClient(HttpClient http, int organisationId) : IDisposable
{
    public int OrganisationId => organisationId;

    public async Task<(int Status, JsonObject? Body, string ContentType)> SendAsync(string method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/scim+json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject, response.Content.Headers.ContentType?.MediaType ?? "");
    }

    public Task<(int Status, JsonObject? Body, string ContentType)> SendAsync(string method, string path, JsonObject body) => SendAsync(method, path, body.ToJsonString());

    public void Dispose() => http.Dispose();
}

public static class ScimSteps
{
    /// <summary>Issues a token for the organisation directly (the admin page has its own test) and returns a client using it.</summary>
    public static async Task<ScimClient> ClientAsync(AppFixture app, int organisationId, string? token = null)
    {
        token ??= await IssueAsync(app, organisationId);
        var http = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ScimClient(http, organisationId);
    }

    public static Task<string> IssueAsync(AppFixture app, int organisationId, string name = "Test client") =>
        app.InScopeAsync(sp => sp.GetRequiredService<ScimTokens>().IssueAsync(organisationId, name));

    /// <summary>A minimal User body for <paramref name="email"/>.</summary>
    public static JsonObject User(string email, bool active = true, string? externalId = null) => new()
    {
        ["schemas"] = new JsonArray(ScimSchemas.User),
        ["userName"] = email,
        ["externalId"] = externalId ?? Guid.NewGuid().ToString(),
        ["name"] = new JsonObject { ["givenName"] = "Pat", ["familyName"] = "Provisioned" },
        ["displayName"] = "Pat Provisioned",
        ["emails"] = new JsonArray(new JsonObject { ["value"] = email, ["type"] = "work", ["primary"] = true }),
        ["active"] = active,
    };

    /// <summary>A PatchOp body of one operation.</summary>
    public static JsonObject Patch(string op, string? path, JsonNode? value)
    {
        var operation = new JsonObject { ["op"] = op };
        if (path is not null)
        {
            operation["path"] = path;
        }

        if (value is not null)
        {
            operation["value"] = value;
        }

        return new JsonObject { ["schemas"] = new JsonArray(ScimSchemas.PatchOp), ["Operations"] = new JsonArray(operation) };
    }
}
