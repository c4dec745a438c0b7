using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CE.Platform.Testing;

/// <summary>
/// A small LTI 1.3 platform (lti/platform.mjs on npm jose, pinned in lti/package-lock.json) run with Node on a loopback
/// port. It shares no code with the tool: it signs Moodle-style launches with its own keys and verifies the tool's
/// deep-linking responses against the tool's keyset. Without node or npm the tests are skipped with the reason, or
/// fail when CE_REQUIRE_LTI=1.
/// </summary>
public sealed class LtiPlatformFixture : IAsyncLifetime
{
    public const string RequireVariable = "CE_REQUIRE_LTI";

    private ChildProcess? node;
    private string? issuer;
    private string? unavailable;

    /// <summary>The platform's issuer; its auth URL is {Issuer}/auth, its keyset {Issuer}/jwks.</summary>
    public string Issuer
    {
        get
        {
            if (node is null)
            {
                Requirements.Unavailable(RequireVariable, unavailable ?? "The LTI test platform did not start.");
            }

            return issuer!;
        }
    }

    public async ValueTask InitializeAsync() =>
        (node, issuer, unavailable) = await NodeFixture.StartAsync("lti", "jose", "platform.mjs", "/jwks");

    /// <summary>Tells the platform the tool's keyset for <paramref name="clientId"/> (as read from the tool's /lti/jwks), or its URL.</summary>
    public async Task RegisterToolAsync(string clientId, JsonNode? jwks, string? jwksUrl = null)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync($"{Issuer}/control/tool", new JsonObject { ["clientId"] = clientId, ["jwks"] = jwks?.DeepClone(), ["jwksUrl"] = jwksUrl });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>Prepares a launch (who, which tool, what message, which fault) and returns its login parameters and course page.</summary>
    public async Task<JsonObject> PrepareLaunchAsync(JsonObject launch)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync($"{Issuer}/control/launch", launch);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Answers the tool's authentication request as JSON (id_token, state, redirect_uri) instead of an auto-posted form.</summary>
    public async Task<JsonObject> AuthorizeAsync(Uri authenticationRequest)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, authenticationRequest);
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"The platform refused the tool's authentication request: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Delivers a form the tool auto-posts to the platform (the deep-linking response) and returns the platform's answer.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var http = new HttpClient();
        using var content = new FormUrlEncodedContent(fields);
        return await http.PostAsync(url, content);
    }

    /// <summary>The deep-linking responses the platform received, each verified (or not) with jose.</summary>
    public Task<JsonArray> DeepLinkResultsAsync() => ControlAsync("deep-link-results");

    /// <summary>The scores the platform's AGS endpoint accepted: each with its line item and the score JSON.</summary>
    public Task<JsonArray> ScoresAsync() => ControlAsync("scores");

    /// <summary>Every access-token request the platform's token endpoint saw: granted (client and scopes) or why not.</summary>
    public Task<JsonArray> TokenRequestsAsync() => ControlAsync("token-requests");

    /// <summary>For the LMS user <paramref name="userId"/>, the scores endpoint answers these statuses first, one per score posted, before it accepts.</summary>
    public async Task FailScoresAsync(string userId, params int[] statuses)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync($"{Issuer}/control/score-failures", new JsonObject { ["userId"] = userId, ["statuses"] = new JsonArray([.. statuses.Select(s => (JsonNode)s)]) });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>The LMS course's members its memberships service lists (NRPS member objects).</summary>
    public async Task SetRosterAsync(JsonArray members)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync($"{Issuer}/control/roster", new JsonObject { ["members"] = members });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private async Task<JsonArray> ControlAsync(string what)
    {
        using var http = new HttpClient();
        return (await http.GetFromJsonAsync<JsonArray>($"{Issuer}/control/{what}"))!;
    }

    public ValueTask DisposeAsync()
    {
        node?.Dispose();
        return ValueTask.CompletedTask;
    }
}
