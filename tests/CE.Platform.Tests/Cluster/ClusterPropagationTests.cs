using System.Net;
using System.Diagnostics;
using CE.Platform.Testing;
using CE.Platform.Testing.Cluster;
using CE.Platform.Web.Features.Content.Import;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Cluster;

/// <summary>
/// What one process changes in the database, all three instances behind nginx act on together: a course
/// imported by the operator command is served by every instance within about a second of the import, and the
/// certificate-number limit is counted once for the cluster, not once per instance.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterPropagationTests(ClusterFixture cluster)
{
    private const string NewParagraph = "Revised after the 2027 guideline update.";
    // One import check (Courses:ImportCheckInterval, 1 s) plus a few requests on a busy 2-core machine.
    private static readonly TimeSpan AboutASecond = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_course_imported_while_the_cluster_runs_is_served_by_every_instance_within_about_a_second()
    {
        await cluster.EnsureAllRunningAsync();
        using var course = new ManyModuleCourse(1);
        var slug = course.Slugs[0];
        await cluster.InScopeAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(course.Root));
        // The overview shows the current version to a learner who has not started the module (one who has keeps theirs).
        var (learner, _) = await AccountSteps.SignedInAsync(cluster);
        var overview = $"/modules/{slug}";

        // Every instance caches the module directory with version 1 while it serves the page.
        Assert.True(await cluster.InARowShowsAsync(learner, overview, body => body.Contains(" v1 (", StringComparison.Ordinal), TimeSpan.FromSeconds(30)),
            "The instances did not all serve version 1 of the new module.");

        course.AppendToEveryModule(NewParagraph);
        var (exit, transcript) = await ChildProcess.RunAppAsync(ChildProcess.SettingsFor(cluster.Database), "courses", "import", course.Root);
        Assert.True(exit == 0, transcript);
        var imported = Stopwatch.StartNew();
        // Waits longer than it allows, so that a failure says how late version 2 came, if at all.
        var revised = await cluster.InARowShowsAsync(learner, overview, body => body.Contains(" v2 (", StringComparison.Ordinal), TimeSpan.FromSeconds(70));
        var took = imported.Elapsed;

        Assert.True(revised, "Consecutive requests did not get version 2 from every instance within 70 s of the import.");
        Assert.True(took <= AboutASecond, $"Every instance served version 2 only {took.TotalMilliseconds:F0} ms after the import.");
        TestContext.Current.SendDiagnosticMessage($"Import propagation: every instance served version 2 {took.TotalMilliseconds:F0} ms after the import.");
        learner.Dispose();
    }

    [Fact]
    public async Task The_instances_together_allow_the_certificate_lookup_limit_once()
    {
        await cluster.EnsureAllRunningAsync();
        using var client = cluster.NewClient();
        const int limit = ClusterFixture.NumberLookupsPerMinute;

        // Every request reaches the instances from nginx's address: one client for the limit, whichever instance answers.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3 * limit; i++)
        {
            using var response = await client.GetAsync($"/verify?number=CE-2026-ZZZZ-Z{i:000}");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(cluster.Instances.Select(i => i.Port).Order(), cluster.RequestsOf(client).Select(r => r.AnsweredBy ?? 0).Distinct().Order());
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.NotFound or HttpStatusCode.TooManyRequests, $"A look-up answered {(int)s}."));
        // Counted per instance, each would allow the limit: up to 3 × limit answers. Look-ups made earlier in the
        // same minute only lower the count, so at most the limit holds whatever ran before.
        Assert.InRange(statuses.Count(s => s != HttpStatusCode.TooManyRequests), 1, limit);
    }
}
