using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Performance;

/// <summary>
/// The hot pages send a fixed, small number of SQL commands, whatever the amount of data: no
/// query per learner or per section. Counted on the app's own connection (SQLite), not timed.
/// </summary>
public sealed class QueryCountTests(QueryCountTests.CountingApp app) : IClassFixture<QueryCountTests.CountingApp>
{
    private SqlCommandCounter Counter => app.Counter;

    /// <summary>The app on its own SQLite database, with every SQL command counted.</summary>
    public sealed class CountingApp() : AppFixture(DatabaseKind.Sqlite)
    {
        public SqlCommandCounter Counter { get; } = new();

        // Only the requests' own commands are counted: the once-a-second checks for a new import and for ended sessions run off the request path.
        protected override IReadOnlyDictionary<string, string?>? Overrides => new Dictionary<string, string?>
        {
            ["Courses:ImportCheckInterval"] = "01:00:00",
            ["Security:SessionEndCheckInterval"] = "01:00:00",
        };

        protected override Action<IServiceCollection>? Services => services => services.AddSingleton<IInterceptor>(Counter);
    }

    [Fact]
    public async Task The_catalog_and_a_module_section_page_use_a_fixed_handful_of_queries()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        await client.GetPageAsync("/catalog");
        await client.GetPageAsync("/modules/ketamine-safety/safety-by-setting");

        var catalog = await CountAsync(() => client.GetPageAsync("/catalog"));
        var section = await CountAsync(() => client.GetPageAsync("/modules/ketamine-safety/contraindications"));
        var sectionAgain = await CountAsync(() => client.GetPageAsync("/modules/ketamine-safety/contraindications"));
        var overview = await CountAsync(() => client.GetPageAsync("/modules/ketamine-safety"));

        Assert.Equal(0, catalog); // served from the catalog cache after the first view
        // Section: the progress, the write recording the first read of this section (the module is found in a cache),
        // and one look-up for compliance cells of that module (this learner has none, so nothing more).
        Assert.InRange(section, 2, 4);
        // The same section again within half a minute: the progress alone, nothing written (ReadingThrottle).
        Assert.Equal(1, sectionAgain);
        // Overview: progress, attempts, completions, accommodations (the renewal window is asked only after a completion).
        Assert.InRange(overview, 1, 4);
        client.Dispose();
    }

    [Fact]
    public async Task The_compliance_matrix_sends_the_same_queries_for_five_or_twenty_five_learners()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        await AddLearnersAsync(organisationId, 4);
        using var assigned = await coordinator.SubmitAsync($"/coordinator/{organisationId}", new Dictionary<string, string>
        {
            ["Modules"] = "course:ketamine-clinical-practice", ["Target"] = "organisation", ["DueDate"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"), ["RecurrenceMonths"] = "", ["WindowDays"] = "90",
        }, "form[action$='/assignments']");
        var few = await CountAsync(() => coordinator.GetPageAsync($"/coordinator/{organisationId}/matrix"));

        await AddLearnersAsync(organisationId, 20);
        var many = await CountAsync(() => coordinator.GetPageAsync($"/coordinator/{organisationId}/matrix"));

        Assert.Equal(few, many);
        // organisation, modules, kept totals, cells whose status time has changed, members per unit, the page's
        // learners, their cycles (with last reading and certificate), their accommodations
        Assert.InRange(many, 1, 8);
        coordinator.Dispose();
    }

    [Fact]
    public async Task The_dashboard_sends_the_same_queries_for_five_or_twenty_five_learners()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        await AddLearnersAsync(organisationId, 4);
        using var assigned = await coordinator.SubmitAsync($"/coordinator/{organisationId}", new Dictionary<string, string>
        {
            ["Modules"] = "course:ketamine-clinical-practice", ["Target"] = "organisation", ["DueDate"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"), ["RecurrenceMonths"] = "12", ["WindowDays"] = "90",
        }, "form[action$='/assignments']");
        var few = await CountAsync(() => coordinator.GetPageAsync($"/coordinator/{organisationId}/dashboard"));

        await AddLearnersAsync(organisationId, 20);
        var many = await CountAsync(() => coordinator.GetPageAsync($"/coordinator/{organisationId}/dashboard"));

        Assert.Equal(few, many);
        // organisation, modules, cycles by due date, by completion day, coming due, cells by unit (their sum chooses counting over a snapshot)
        Assert.InRange(many, 1, 7);
        coordinator.Dispose();
    }

    private async Task<int> CountAsync(Func<Task> request)
    {
        Counter.Reset();
        await request();
        return Counter.Count;
    }

    private async Task AddLearnersAsync(int organisationId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var (client, email) = await AccountSteps.SignedInAsync(app, Roles.Learner);
            await OrganisationSteps.AddAsync(app, organisationId, email);
            client.Dispose();
        }
    }
}
