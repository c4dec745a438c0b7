using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Assignments;

public abstract class AssignmentFlowTests(AppFixture app)
{
    private const string Module = "ketamine-safety";

    [Fact]
    public async Task An_annual_assignment_shows_on_the_dashboard_and_completing_it_fills_the_matrix_and_opens_next_years_cycle()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        await OrganisationSteps.AddAsync(app, organisationId, email, unit: "Emergency");
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(20));

        using var assigned = await AssignAsync(coordinator, organisationId, Module, "organisation", due, recurrenceMonths: 12);
        var dashboard = await learner.GetPageAsync("/learning");
        var certificate = await CompletionSteps.CompleteAsync(app, learner, Module);
        var matrix = await coordinator.GetPageAsync($"/coordinator/{organisationId}/matrix");

        Assert.Contains("Ketamine safety", dashboard.QuerySelector("#assigned")?.ParentElement?.TextContent, StringComparison.Ordinal);
        var row = matrix.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Completed", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(certificate.Number, row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"renew by {due.AddMonths(12):yyyy-MM-dd}", row.TextContent, StringComparison.Ordinal);
        var cycles = await CyclesAsync(organisationId, email);
        Assert.Equal([(1, due, true), (2, due.AddMonths(12), false)], cycles);
        coordinator.Dispose();
        learner.Dispose();
    }

    [Fact]
    public async Task A_learner_retakes_the_module_when_the_renewal_opens_and_not_before()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        await OrganisationSteps.AddAsync(app, organisationId, email);
        var due = new DateOnly(DateTime.UtcNow.Year + 1, 1, 31);
        using var assigned = await AssignAsync(coordinator, organisationId, Module, "organisation", due, recurrenceMonths: 1, windowDays: 0);
        await CompletionSteps.CompleteAsync(app, learner, Module);

        var token = await learner.AntiforgeryTokenAsync("/profile");
        using var tooEarly = await learner.PostAsync($"/modules/{Module}/attempts", [new("__RequestVerificationToken", token)]);
        var refusal = (await learner.GetPageAsync($"/modules/{Module}")).QuerySelector("[role=status]")?.TextContent;
        // The renewal window opens: from now on a completion counts for the next cycle.
        await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().LearnerAssignments
            .Where(l => l.OrganisationId == organisationId && l.Cycle == 2).ExecuteUpdateAsync(set => set.SetProperty(l => l.OpensAtUtc, DateTime.UtcNow.AddMinutes(-1))));
        await CompletionSteps.CompleteAsync(app, learner, Module);

        Assert.Contains("opens again", refusal, StringComparison.Ordinal);
        var cycles = await CyclesAsync(organisationId, email);
        Assert.Equal([(1, due, true), (2, due.AddMonths(1), true), (3, due.AddMonths(2), false)], cycles);
        Assert.Equal(DateTime.IsLeapYear(due.Year) ? 29 : 28, cycles[1].Due.Day);
        Assert.Equal(31, cycles[2].Due.Day);
        coordinator.Dispose();
        learner.Dispose();
    }

    [Fact]
    public async Task A_recent_completion_counts_when_assigning_so_nobody_repeats_what_they_just_did()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        await OrganisationSteps.AddAsync(app, organisationId, email);
        await CompletionSteps.CompleteAsync(app, learner, Module);

        using var assigned = await AssignAsync(coordinator, organisationId, Module, "organisation", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), windowDays: 90);

        var cycles = await CyclesAsync(organisationId, email);
        Assert.True(cycles[0].Completed);
        coordinator.Dispose();
        learner.Dispose();
    }

    [Fact]
    public async Task An_overdue_learner_shows_in_red_in_the_matrix_filter_and_in_the_csv()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var (_, late) = await AccountSteps.SignedInAsync(app);
        await OrganisationSteps.AddAsync(app, organisationId, late, unit: "Theatres");
        using var assigned = await AssignAsync(coordinator, organisationId, Module, "organisation", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5)));
        // A bulk update passes the change tracker by, so the learner's compliance cells are refreshed as the app's bulk writes do.
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.LearnerAssignments.Where(l => l.OrganisationId == organisationId).ExecuteUpdateAsync(set => set.SetProperty(l => l.DueDate, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2))));
            var learners = await db.LearnerAssignments.Where(l => l.OrganisationId == organisationId).Select(l => l.UserId).Distinct().ToListAsync();
            await ComplianceCellUpdater.RefreshAsync(db, learners, DateTime.UtcNow, CancellationToken.None);
            return true;
        });

        var overdue = await coordinator.GetPageAsync($"/coordinator/{organisationId}/matrix?status=Overdue&sort=overdue");
        using var csv = await coordinator.GetAsync($"/coordinator/{organisationId}/matrix.csv?status=Overdue");
        var dashboardOfLate = await (await SignedInClientAsync(late)).GetPageAsync("/learning");

        Assert.Contains(late, overdue.QuerySelector("tbody")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(overdue.QuerySelector("td.cell--overdue"));
        Assert.Equal("Overdue", overdue.QuerySelector("#status option[selected]")?.GetAttribute("value"));
        Assert.NotNull(overdue.QuerySelector("#status option[value=NotAssigned]"));
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains(late, text, StringComparison.Ordinal);
        Assert.Contains("overdue", text, StringComparison.Ordinal);
        Assert.NotNull(dashboardOfLate.QuerySelector("tr.row--overdue"));
        coordinator.Dispose();
    }

    [Fact]
    public async Task Reminders_are_sent_once_however_often_the_job_runs_and_a_crashed_claim_is_taken_over()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var (_, email) = await AccountSteps.SignedInAsync(app);
        await OrganisationSteps.AddAsync(app, organisationId, email);
        using var assigned = await AssignAsync(coordinator, organisationId, Module, "organisation", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)));

        await RunRemindersAsync();
        await RunRemindersAsync();
        Assert.Single(app.Mailbox.To(email), m => m.Subject!.StartsWith("Reminder:", StringComparison.Ordinal));

        // A worker that claimed the overdue reminder and died before sending: the next run sends it, once.
        var learnerAssignmentId = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().LearnerAssignments
            .Where(l => l.OrganisationId == organisationId && sp.GetRequiredService<AppDbContext>().Users.Any(u => u.Id == l.UserId && u.Email == email)).Select(l => l.Id).SingleAsync());
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.LearnerAssignments.Where(l => l.Id == learnerAssignmentId).ExecuteUpdateAsync(set => set.SetProperty(l => l.DueDate, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1))));
            db.SentReminders.Add(new SentReminder { Key = $"la:{learnerAssignmentId}:overdue", ClaimedAtUtc = DateTime.UtcNow.AddHours(-1) });
            return await db.SaveChangesAsync();
        });
        await RunRemindersAsync();
        await RunRemindersAsync();
        Assert.Single(app.Mailbox.To(email), m => m.Subject!.StartsWith("Overdue:", StringComparison.Ordinal));
        coordinator.Dispose();
    }

    [Fact]
    public async Task On_the_digest_day_each_coordinator_gets_one_weekly_list_of_overdue_learners()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var coordinatorEmail = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Memberships
            .Where(m => m.OrganisationId == organisationId && m.IsCoordinator)
            .Join(sp.GetRequiredService<AppDbContext>().Users, m => m.UserId, u => u.Id, (m, u) => u.Email!).SingleAsync());
        var (_, late) = await AccountSteps.SignedInAsync(app);
        await OrganisationSteps.AddAsync(app, organisationId, late);
        using var assigned = await AssignAsync(coordinator, organisationId, Module, "organisation", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)));
        var today = DateTime.UtcNow.Date;
        var nextMonday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7 + 7);

        for (var run = 0; run < 2; run++)
        {
            await app.InScopeAsync(sp => ActivatorUtilities.CreateInstance<AssignmentReminderJob>(sp, new FixedClock(new DateTimeOffset(nextMonday.AddHours(7), TimeSpan.Zero))).RunAsync());
        }

        var digest = Assert.Single(app.Mailbox.To(coordinatorEmail), m => m.Subject!.StartsWith("Weekly overdue training", StringComparison.Ordinal));
        Assert.Contains("Test Person: Ketamine safety", digest.TextBody, StringComparison.Ordinal);
        coordinator.Dispose();
    }

    [Fact]
    public async Task Assigning_more_than_the_inline_limit_runs_as_a_job_with_progress_and_creates_each_obligation_once()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            for (var i = 0; i < AssignmentService.InlineLimit; i++)
            {
                var email = AccountSteps.NewEmail("staff");
                var user = new CE.Platform.Web.Features.Accounts.AppUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), FullName = $"Staff {i:000}", EmailConfirmed = true, CreatedAtUtc = DateTime.UtcNow };
                db.Users.Add(user);
                db.Memberships.Add(new CE.Platform.Web.Features.Organisations.Membership { OrganisationId = organisationId, UserId = user.Id, JoinedAtUtc = DateTime.UtcNow });
            }

            return await db.SaveChangesAsync();
        });

        using var assigned = await AssignAsync(coordinator, organisationId, Module, "organisation", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)));
        var operationPath = assigned.Headers.Location!.OriginalString;
        var operationId = int.Parse(operationPath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        for (var run = 0; run < 2; run++)
        {
            await app.InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<AssignmentExpansionJob>().RunAsync(operationId, default);
                return 0;
            });
        }

        var page = await coordinator.GetPageAsync(operationPath);
        Assert.Contains($"Succeeded: {AssignmentService.InlineLimit + 1} of {AssignmentService.InlineLimit + 1} done", page.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(AssignmentService.InlineLimit + 1, await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().LearnerAssignments.CountAsync(l => l.OrganisationId == organisationId)));
        coordinator.Dispose();
    }

    private Task<int> RunRemindersAsync() => app.InScopeAsync(sp => sp.GetRequiredService<AssignmentReminderJob>().RunAsync());

    private async Task<AppClient> SignedInClientAsync(string email)
    {
        var client = app.NewClient();
        using var _ = await AccountSteps.SignInAsync(client, email);
        return client;
    }

    private static Task<HttpResponseMessage> AssignAsync(AppClient coordinator, int organisationId, string module, string target, DateOnly due, int? recurrenceMonths = null, int windowDays = 90) =>
        coordinator.SubmitAsync($"/coordinator/{organisationId}", new Dictionary<string, string>
        {
            ["Modules"] = module, ["Target"] = target, ["DueDate"] = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["RecurrenceMonths"] = recurrenceMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", ["WindowDays"] = windowDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "form[action$='/assignments']");

    private Task<List<(int Cycle, DateOnly Due, bool Completed)>> CyclesAsync(int organisationId, string email) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var rows = await db.LearnerAssignments.AsNoTracking()
            .Where(l => l.OrganisationId == organisationId && db.Users.Any(u => u.Id == l.UserId && u.Email == email))
            .OrderBy(l => l.Cycle).Select(l => new { l.Cycle, l.DueDate, l.CompletedAtUtc }).ToListAsync();
        return rows.Select(r => (r.Cycle, r.DueDate, r.CompletedAtUtc != null)).ToList();
    });
}

[Collection(Collections.Sqlite)]
public sealed class AssignmentFlowTestsOnSqlite(SqliteAppFixture app) : AssignmentFlowTests(app);

[Collection(Collections.PostgreSql)]
public sealed class AssignmentFlowTestsOnPostgreSql(PostgreSqlAppFixture app) : AssignmentFlowTests(app);
