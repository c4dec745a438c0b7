using System.Globalization;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using Hangfire;
using Hangfire.Storage.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Reliability;

/// <summary>
/// The reminder run, on a real Hangfire server and storage, fails halfway (the mail server drops
/// the third message): Hangfire retries it, and every learner is reminded exactly once.
/// </summary>
public abstract class JobRetryTests(JobServerAppFixture app)
{
    private const int Learners = 5;

    [Fact]
    public async Task A_reminder_run_that_fails_halfway_is_retried_and_reminds_every_learner_exactly_once()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var emails = new List<string>();
        for (var i = 0; i < Learners; i++)
        {
            var (learner, email) = await AccountSteps.SignedInAsync(app);
            learner.Dispose();
            await OrganisationSteps.AddAsync(app, organisationId, email);
            emails.Add(email);
        }

        using var assigned = await coordinator.SubmitAsync($"/coordinator/{organisationId}", new Dictionary<string, string>
        {
            ["Modules"] = "ketamine-history", ["Target"] = "organisation",
            ["DueDate"] = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, "form[action$='/assignments']");
        app.Mail.FailOnce(3);
        var storage = app.Factory.Services.GetRequiredService<JobStorage>();
        var manager = (IRecurringJobManagerV2)app.Factory.Services.GetRequiredService<IRecurringJobManager>();

        var jobId = manager.TriggerJob(AssignmentReminderJob.RecurringJobId);

        // Hangfire's own retry schedules the failed run; its back-off (15 s or more) is skipped by requeueing it now.
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(State(storage, jobId) == "Scheduled"), TimeSpan.FromSeconds(60)), Describe(storage, jobId));
        Assert.True(app.Factory.Services.GetRequiredService<IBackgroundJobClient>().Requeue(jobId));
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(State(storage, jobId) == "Succeeded"), TimeSpan.FromSeconds(60)), Describe(storage, jobId));

        Assert.Equal(1, app.Mail.Failures);
        Assert.Contains(History(storage, jobId), h => h.StateName == "Scheduled" && h.Reason.StartsWith("Retry attempt 1 of", StringComparison.Ordinal));
        Assert.Equal("1", storage.GetConnection().GetJobParameter(jobId, "RetryCount"));
        Assert.All(emails, email => Assert.Single(app.Mailbox.To(email), m => m.Subject!.StartsWith("Reminder:", StringComparison.Ordinal)));
        var ledger = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().SentReminders.AsNoTracking().ToListAsync());
        Assert.Equal(Learners + 1, ledger.Count); // the coordinator is a member too, so also assigned
        Assert.All(ledger, r => Assert.NotNull(r.SentAtUtc));
        coordinator.Dispose();
    }

    private static List<StateHistoryDto> History(JobStorage storage, string jobId) =>
        storage.GetMonitoringApi().JobDetails(jobId)?.History.ToList() ?? [];

    private static string? State(JobStorage storage, string jobId) => History(storage, jobId).FirstOrDefault()?.StateName;

    private static string Describe(JobStorage storage, string jobId) =>
        string.Join("\n", History(storage, jobId).Select(h => $"{h.StateName}: {h.Reason}"));
}

public sealed class JobRetryTestsOnSqlite(SqliteJobServerAppFixture app) : JobRetryTests(app), IClassFixture<SqliteJobServerAppFixture>;

public sealed class JobRetryTestsOnPostgreSql(PostgreSqlJobServerAppFixture app) : JobRetryTests(app), IClassFixture<PostgreSqlJobServerAppFixture>;
