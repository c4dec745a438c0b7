using System.Diagnostics;
using System.Text.Json;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Benchmarks;

/// <summary>
/// Times the two bulk jobs the performance issue names, in process on the seeded database:
/// a reminder run with the clock moved past every seeded due date (to a Monday, so the weekly
/// digests go too), so each open obligation is owed a message, written to the configured pickup
/// folder; the same run again (ledger cleared) delivered to an SMTP relay on loopback that accepts
/// everything, production's path without the disk; then an assignment of one module to
/// an organisation of every seeded learner, through the coordinator's service and the expansion job
/// it queues. Writes --out FILE (JSON) when given.
/// </summary>
internal static class JobTimings
{
    public static async Task<int> RunAsync(string[] args)
    {
        var clock = new ShiftedClock();
        await using var app = await BenchHost.StartAsync(args, services => services.AddSingleton<TimeProvider>(clock));
        var reminders = await TimeRemindersAsync(app.Services, clock, sender: null);
        var relayed = await TimeRemindersThroughSmtpAsync(app.Services, clock);
        var assignment = await TimeBulkAssignmentAsync(app.Services);
        Console.WriteLine($"reminder run, pickup folder: {reminders.Items:N0} open obligations, {reminders.Messages:N0} messages in {reminders.Seconds:0.00} s (target < 10 s)");
        Console.WriteLine($"reminder run, SMTP relay on loopback: {relayed.Items:N0} open obligations, {relayed.Messages:N0} messages in {relayed.Seconds:0.00} s (target < 10 s)");
        Console.WriteLine($"bulk assignment: {assignment.Items:N0} learners in {assignment.Seconds:0.00} s (target < 3 s)");
        if (app.Configuration["out"] is { Length: > 0 } file)
        {
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { reminders, reminders_smtp = relayed, bulk_assignment = assignment }));
        }

        return 0;
    }

    public sealed record Timing(int Items, int Messages, double Seconds);

    private static async Task<Timing> TimeRemindersThroughSmtpAsync(IServiceProvider services, ShiftedClock clock)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SentReminders.ExecuteDeleteAsync();
        }

        await using var relay = new SmtpSink();
        using var smtp = new SmtpEmailSender(Options.Create(new EmailOptions { Smtp = { Host = "127.0.0.1", Port = relay.Port, Security = "None" } }));
        var timing = await TimeRemindersAsync(services, clock, smtp);
        return relay.Messages.Count == timing.Messages ? timing
            : throw new InvalidOperationException($"{timing.Messages} messages sent, {relay.Messages.Count} received by the relay");
    }

    /// <param name="sender">Null for the app's configured sender.</param>
    private static async Task<Timing> TimeRemindersAsync(IServiceProvider services, ShiftedClock clock, IEmailSender? sender)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var open = await db.LearnerAssignments.CountAsync(l => l.CompletedAtUtc == null);
        var lastDue = await db.LearnerAssignments.MaxAsync(l => l.DueDate);
        var day = lastDue.AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        clock.Offset = day.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc) - DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        var job = sender is null ? scope.ServiceProvider.GetRequiredService<AssignmentReminderJob>()
            : ActivatorUtilities.CreateInstance<AssignmentReminderJob>(scope.ServiceProvider, sender);
        var sent = await job.RunAsync();
        watch.Stop();
        clock.Offset = TimeSpan.Zero;
        return new Timing(open, sent, watch.Elapsed.TotalSeconds);
    }

    private static async Task<Timing> TimeBulkAssignmentAsync(IServiceProvider services)
    {
        var (organisation, coordinatorId, learners) = await EveryLearnerOrganisationAsync(services);
        await using var scope = services.CreateAsyncScope();
        var form = new AssignForm { Modules = [QuizPool.ModuleSlug], Target = "organisation", DueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)), RecurrenceMonths = 24 };
        var watch = Stopwatch.StartNew();
        var outcome = await scope.ServiceProvider.GetRequiredService<AssignmentService>()
            .AssignAsync(organisation, form, coordinatorId, (field, message) => throw new InvalidOperationException($"{field}: {message}"))
            ?? throw new InvalidOperationException("The assignment was refused.");
        if (outcome.BulkOperationId is { } operation)
        {
            await scope.ServiceProvider.GetRequiredService<AssignmentExpansionJob>().RunAsync(operation, CancellationToken.None);
        }

        watch.Stop();
        var created = await scope.ServiceProvider.GetRequiredService<AppDbContext>().LearnerAssignments.CountAsync(l => l.OrganisationId == organisation.Id && l.Cycle == 1);
        return created == learners ? new Timing(learners, 0, watch.Elapsed.TotalSeconds)
            : throw new InvalidOperationException($"{created} obligations for {learners} learners");
    }

    // Not timed: an organisation whose members are all the seeded learners.
    private static async Task<(Organisation Organisation, string CoordinatorId, int Learners)> EveryLearnerOrganisationAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTime.UtcNow;
        var organisation = new Organisation { Name = $"Bench Health System {now:HHmmss}", CreatedAtUtc = now };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var learners = await db.Users.Where(u => u.Email!.StartsWith("learner")).Select(u => u.Id).ToListAsync();
        var coordinatorId = await db.Users.Where(u => u.Email == BenchmarkSeeder.CoordinatorEmail).Select(u => u.Id).SingleAsync();
        db.Memberships.AddRange(learners.Select(id => new Membership { OrganisationId = organisation.Id, UserId = id, JoinedAtUtc = now }));
        db.Memberships.Add(new Membership { OrganisationId = organisation.Id, UserId = coordinatorId, IsCoordinator = true, JoinedAtUtc = now });
        await db.SaveChangesAsync();
        return (organisation, coordinatorId, learners.Count + 1);
    }
}
