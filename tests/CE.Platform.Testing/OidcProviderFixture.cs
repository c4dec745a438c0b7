using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CE.Platform.Testing;

/// <summary>
/// A real OpenID Provider (panva/oidc-provider, pinned in oidc/package.json) run with Node on a loopback
/// port for the single sign-on tests. Without node or npm the tests are skipped with the reason, or fail
/// when CE_REQUIRE_OIDC=1. People are added while it runs (<see cref="AddPerson"/>); each organisation
/// registers its own client (<see cref="RegisterClientAsync"/>).
/// </summary>
public sealed class OidcProviderFixture : IAsyncLifetime
{
    public const string RequireVariable = "CE_REQUIRE_OIDC";

    private readonly Lock gate = new();
    private readonly JsonObject people = [];
    private readonly string accountsFile = Path.Combine(Path.GetTempPath(), $"ce-oidc-accounts-{Guid.NewGuid():N}.json");
    private ChildProcess? node;
    private string? unavailable;

    public string Issuer
    {
        get
        {
            if (node is null)
            {
                Requirements.Unavailable(RequireVariable, unavailable ?? "The OpenID Provider did not start.");
            }

            return issuer!;
        }
    }

    private string? issuer;

    public async ValueTask InitializeAsync()
    {
        Save();
        (node, issuer, unavailable) = await NodeFixture.StartAsync("oidc", "oidc-provider", "provider.mjs", "/.well-known/openid-configuration", accountsFile);
    }

    /// <summary>Adds a person who signs in at the provider with <paramref name="login"/>; null leaves a claim out.</summary>
    public void AddPerson(string login, string? email, bool? emailVerified, string name = "Sam Single", string[]? amr = null, string? acr = null, string? fault = null)
    {
        lock (gate)
        {
            people[login] = JsonSerializer.SerializeToNode(new Dictionary<string, object?>
            {
                ["email"] = email,
                ["email_verified"] = emailVerified,
                ["name"] = name,
                ["amr"] = amr,
                ["acr"] = acr,
                ["fault"] = fault,
            }.Where(p => p.Value is not null).ToDictionary());
            Save();
        }
    }

    /// <summary>Registers the app for one organisation (dynamic client registration) and returns its client id and secret.</summary>
    public async Task<(string ClientId, string Secret)> RegisterClientAsync(string appBaseUrl, int organisationId)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync($"{Issuer}/reg", new Dictionary<string, object>
        {
            ["redirect_uris"] = new[] { $"{appBaseUrl}/signin-oidc/{organisationId}" },
            ["post_logout_redirect_uris"] = new[] { $"{appBaseUrl}/signout-callback-oidc/{organisationId}" },
            ["token_endpoint_auth_method"] = "client_secret_post",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var client = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (client!["client_id"]!.GetValue<string>(), client["client_secret"]!.GetValue<string>());
    }

    public ValueTask DisposeAsync()
    {
        node?.Dispose();
        File.Delete(accountsFile);
        return ValueTask.CompletedTask;
    }

    private void Save() => File.WriteAllText(accountsFile, people.ToJsonString());
}
