using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;

namespace CE.Platform.Tests.Infrastructure;

public abstract class JobsDashboardTests(AppFixture app)
{
    [Fact]
    public async Task An_admin_opens_the_jobs_dashboard_and_sees_the_recurring_clean_up()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);

        var dashboard = await client.GetPageAsync("/admin/jobs");
        var recurring = await client.GetPageAsync("/admin/jobs/recurring");

        Assert.Contains("CE.Platform jobs", dashboard.Title, StringComparison.Ordinal);
        Assert.Contains(UnconfirmedAccountCleanupJob.RecurringJobId, recurring.Body?.TextContent, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task A_learner_is_refused_the_jobs_dashboard()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app, Roles.Learner);

        using var response = await client.GetAsync("/admin/jobs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task A_coordinator_is_refused_the_jobs_dashboard_and_its_api()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Coordinator);

        using var page = await client.GetAsync("/admin/jobs/recurring");
        using var stats = await client.GetAsync("/admin/jobs/stats");

        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, stats.StatusCode);
        client.Dispose();
    }

    [Fact]
    public async Task An_anonymous_visitor_from_loopback_is_sent_to_sign_in()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/admin/jobs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}

[Collection(Collections.Sqlite)]
public sealed class JobsDashboardTestsOnSqlite(SqliteAppFixture app) : JobsDashboardTests(app);

[Collection(Collections.PostgreSql)]
public sealed class JobsDashboardTestsOnPostgreSql(PostgreSqlAppFixture app) : JobsDashboardTests(app);
