using System.Net;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Assignments;

/// <summary>A coordinator sees and acts only inside their own organisations: another one's ids answer 404.</summary>
public abstract class CoordinatorScopeTests(AppFixture app)
{
    public static TheoryData<string, string> CoordinatorRoutes => new()
    {
        { "GET", "/coordinator/{0}" },
        { "GET", "/coordinator/{0}/matrix" },
        { "GET", "/coordinator/{0}/dashboard" },
        { "GET", "/coordinator/{0}/matrix.csv" },
        { "GET", "/coordinator/{0}/completions.csv" },
        { "POST", "/coordinator/{0}/certificates/export" },
        { "GET", "/coordinator/{0}/operations/1" },
        { "GET", "/coordinator/{0}/operations/1/file" },
        { "POST", "/coordinator/{0}/invite" },
        { "POST", "/coordinator/{0}/invite-csv" },
        { "POST", "/coordinator/{0}/assignments" },
    };

    [Theory, MemberData(nameof(CoordinatorRoutes))]
    public async Task Another_organisations_id_is_not_found_on_every_coordinator_route(string method, string route)
    {
        var (coordinator, own) = await OrganisationSteps.CoordinatorAsync(app);
        var other = await OrganisationSteps.CreateAsync(app);
        var token = await coordinator.AntiforgeryTokenAsync($"/coordinator/{own}");

        using var ownResponse = await SendAsync(coordinator, method, string.Format(System.Globalization.CultureInfo.InvariantCulture, route, own), token);
        using var otherResponse = await SendAsync(coordinator, method, string.Format(System.Globalization.CultureInfo.InvariantCulture, route, other), token);

        Assert.Equal(HttpStatusCode.NotFound, otherResponse.StatusCode);
        // Operation 1 need not exist in the own organisation; every other route must answer there.
        Assert.NotEqual(HttpStatusCode.NotFound, route.Contains("operations", StringComparison.Ordinal) ? HttpStatusCode.OK : ownResponse.StatusCode);
        coordinator.Dispose();
    }

    [Fact]
    public async Task A_learner_is_refused_the_coordinator_pages()
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        await OrganisationSteps.AddAsync(app, organisationId, email);

        using var response = await learner.GetAsync($"/coordinator/{organisationId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        learner.Dispose();
    }

    [Fact]
    public async Task A_coordinator_downloads_an_own_learners_certificate_but_not_another_organisations()
    {
        var (coordinator, own) = await OrganisationSteps.CoordinatorAsync(app);
        var (stranger, _) = await OrganisationSteps.CoordinatorAsync(app);
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        await OrganisationSteps.AddAsync(app, own, email);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, "ketamine-safety");

        using var allowed = await coordinator.GetAsync($"/certificates/{certificate.Number}.pdf");
        using var refused = await stranger.GetAsync($"/certificates/{certificate.Number}.pdf");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        coordinator.Dispose();
        stranger.Dispose();
        learner.Dispose();
    }

    private static async Task<HttpResponseMessage> SendAsync(AppClient client, string method, string url, string token) =>
        method == "GET" ? await client.GetAsync(url) : await client.PostAsync(url, [new("__RequestVerificationToken", token)]);
}

[Collection(Collections.Sqlite)]
public sealed class CoordinatorScopeTestsOnSqlite(SqliteAppFixture app) : CoordinatorScopeTests(app);

[Collection(Collections.PostgreSql)]
public sealed class CoordinatorScopeTestsOnPostgreSql(PostgreSqlAppFixture app) : CoordinatorScopeTests(app);
