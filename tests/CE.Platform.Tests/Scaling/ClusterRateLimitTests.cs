using System.Net;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Scaling;

/// <summary>Two instances with low limits, on their own database, so exhausting a limit disturbs no other test.</summary>
public abstract class LimitedTwoInstances(DatabaseKind kind) : TwoInstances(kind)
{
    public const int AccountForms = 10;
    public const int NumberLookups = 6;

    protected override IReadOnlyDictionary<string, string?>? Overrides => new Dictionary<string, string?>
    {
        ["RateLimits:AccountFormsPerMinute"] = AccountForms.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Certificates:NumberLookupsPerMinute"] = NumberLookups.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class SqliteLimitedTwoInstances() : LimitedTwoInstances(DatabaseKind.Sqlite);

public sealed class PostgreSqlLimitedTwoInstances() : LimitedTwoInstances(DatabaseKind.PostgreSql);

/// <summary>
/// The limits are counted in the database, so two instances behind a balancer together allow a
/// client the configured number of requests, not twice it (on SQLite, the one instance does).
/// </summary>
public abstract class ClusterRateLimitTests(TwoInstances app)
{
    [Fact]
    public async Task Account_form_posts_from_one_address_alternating_instances_get_429_past_the_limit_for_both_together()
    {
        using var onFirst = app.NewClient();
        using var onSecond = app.NewClientOfSecond();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < LimitedTwoInstances.AccountForms + 2; i++)
        {
            var client = i % 2 == 0 ? onFirst : onSecond;
            var token = await client.AntiforgeryTokenAsync("/account/forgot-password");
            using var response = await client.PostAsync("/account/forgot-password", [new("__RequestVerificationToken", token), new("Email", $"someone{i}@example.org")]);
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(LimitedTwoInstances.AccountForms));
        // The 11th reaches the first instance, the 12th the second: both refuse.
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses.Skip(LimitedTwoInstances.AccountForms));
    }

    [Fact]
    public async Task Certificate_number_look_ups_alternating_instances_get_429_past_the_limit_for_both_together()
    {
        using var onFirst = app.NewClient();
        using var onSecond = app.NewClientOfSecond();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < LimitedTwoInstances.NumberLookups + 2; i++)
        {
            using var response = await (i % 2 == 0 ? onFirst : onSecond).GetAsync($"/verify?number=CE-2026-ZZZZ-ZZZ{i}");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(LimitedTwoInstances.NumberLookups), status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses.Skip(LimitedTwoInstances.NumberLookups));
    }
}

public sealed class ClusterRateLimitTestsOnSqlite(SqliteLimitedTwoInstances app) : ClusterRateLimitTests(app), IClassFixture<SqliteLimitedTwoInstances>;

public sealed class ClusterRateLimitTestsOnPostgreSql(PostgreSqlLimitedTwoInstances app) : ClusterRateLimitTests(app), IClassFixture<PostgreSqlLimitedTwoInstances>;
