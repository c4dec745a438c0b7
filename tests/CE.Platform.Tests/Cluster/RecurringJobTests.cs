using System.Globalization;
using CE.Platform.Testing;
using CE.Platform.Testing.Cluster;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Cluster;

/// <summary>
/// Every instance registers the recurring jobs at start, yet each is one schedule in the shared job storage,
/// and a run is performed once, by the one instance with a Hangfire server.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RecurringJobTests(ClusterFixture cluster)
{
    private const int Learners = 3;

    [Fact]
    public async Task A_recurring_job_registered_by_every_instance_runs_once_per_schedule_on_the_job_instance()
    {
        await cluster.EnsureAllRunningAsync();
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(cluster);
        var emails = new List<string>();
        for (var i = 0; i < Learners; i++)
        {
            var (learner, email) = await AccountSteps.SignedInAsync(cluster);
            learner.Dispose();
            await OrganisationSteps.AddAsync(cluster, organisationId, email);
            emails.Add(email);
        }

        using var assigned = await coordinator.SubmitAsync($"/coordinator/{organisationId}", new Dictionary<string, string>
        {
            ["Modules"] = "ketamine-history", ["Target"] = "organisation",
            ["DueDate"] = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, "form[action$='/assignments']");
        var storage = cluster.Factory.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();
        var schedules = connection.GetRecurringJobs();
        Assert.Equal(schedules.Count, schedules.Select(s => s.Id).Distinct().Count());
        Assert.Contains(schedules, s => s.Id == AssignmentReminderJob.RecurringJobId);
        var jobServer = $"{Environment.MachineName}:{cluster.JobServer.ProcessId}:";
        Assert.StartsWith(jobServer, Assert.Single(storage.GetMonitoringApi().Servers()).Name, StringComparison.OrdinalIgnoreCase);

        // The schedule comes due (as at 07:00 UTC): the run is queued from the shared storage.
        var jobId = ((IRecurringJobManagerV2)cluster.Factory.Services.GetRequiredService<IRecurringJobManager>()).TriggerJob(AssignmentReminderJob.RecurringJobId);
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(storage.GetMonitoringApi().JobDetails(jobId)?.History.FirstOrDefault()?.StateName == "Succeeded"), TimeSpan.FromSeconds(30)),
            $"The reminder run did not succeed:\n{cluster.JobServer.Transcript}");
        await Task.Delay(TimeSpan.FromSeconds(1)); // room for a second run, had one been queued

        var processing = storage.GetMonitoringApi().JobDetails(jobId).History.Single(h => h.StateName == "Processing");
        Assert.StartsWith(jobServer, processing.Data["ServerId"], StringComparison.OrdinalIgnoreCase);
        Assert.All(emails, email => Assert.Single(cluster.Mailbox.To(email), m => m.Subject!.StartsWith("Reminder:", StringComparison.Ordinal)));
        var ledger = await cluster.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().SentReminders.AsNoTracking().ToListAsync());
        Assert.Equal(Learners + 1, ledger.Count); // the coordinator is a member too, so also assigned
        Assert.All(ledger, r => Assert.NotNull(r.SentAtUtc));
        coordinator.Dispose();
    }
}
