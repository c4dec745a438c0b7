using System.Net;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Certificates;

/// <summary>Each test runs its own app, so exhausting a limit disturbs no other test.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Look_ups_by_certificate_number_are_refused_with_429_past_the_limit_per_minute()
    {
        await using var database = new SqliteTestDatabase();
        await using var factory = new CePlatformFactory(database, new Dictionary<string, string?> { ["Certificates:NumberLookupsPerMinute"] = "3" });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync($"/verify?number=CE-2026-ZZZZ-ZZZ{i}");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_refused_with_429_past_the_limit()
    {
        await using var database = new SqliteTestDatabase();
        await using var factory = new CePlatformFactory(database, new Dictionary<string, string?> { ["RateLimits:AccountFormsPerMinute"] = "3" });
        using var client = new AppClient(factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await AccountSteps.SignInAsync(client, $"guess{i}@example.org", "not the password at all");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
