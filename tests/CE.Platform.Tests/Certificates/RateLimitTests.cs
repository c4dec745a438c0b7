using System.Net;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Certificates;

/// <summary>Its own app, so exhausting the limit disturbs no other test.</summary>
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
}
