using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure;
using CE.Platform.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// Daily: reminds learners before their due dates and once when overdue; on the digest day sends
/// each coordinator the overdue learners of their organisations. Every message goes through the
/// <see cref="ReminderLedger"/>, so a second run or a retry after a crash sends nothing twice.
/// </summary>
public sealed class AssignmentReminderJob(AppDbContext db, ReminderLedger ledger, IEmailSender email, PublicUrls urls, IOptions<ReminderOptions> options, TimeProvider clock)
{
    public const string RecurringJobId = "assignments:reminders";

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var horizon = today.AddDays(options.Value.DaysBefore.DefaultIfEmpty(0).Max());
        var open = await db.LearnerAssignments.AsNoTracking()
            .Where(l => l.CompletedAtUtc == null && l.DueDate <= horizon && db.Memberships.Any(m => m.OrganisationId == l.OrganisationId && m.UserId == l.UserId))
            .Join(db.Users, l => l.UserId, u => u.Id, (l, u) => new { l.Id, l.DueDate, l.ModuleId, l.OrganisationId, u.Email, u.FullName })
            .Join(db.Modules, x => x.ModuleId, m => m.Id, (x, m) => new { x.Id, x.DueDate, x.OrganisationId, x.Email, x.FullName, m.Slug, Title = m.CurrentVersion!.Title })
            .ToListAsync(cancellationToken);
        var reminders = new List<LedgerItem>();
        foreach (var item in open.Where(i => i.Email is not null))
        {
            if (ReminderRules.ReminderFor(today, item.DueDate, options.Value.DaysBefore) is not { } kind)
            {
                continue;
            }

            var subject = kind == "overdue" ? $"Overdue: {item.Title}" : $"Reminder: {item.Title} is due {item.DueDate:d MMMM yyyy}";
            var body = $"Dear {item.FullName},\n\n{(kind == "overdue" ? $"{item.Title} was due on {item.DueDate:d MMMM yyyy} and is not yet completed." : $"{item.Title} is due on {item.DueDate:d MMMM yyyy}.")}\n\nContinue here: {urls.For($"/modules/{item.Slug}")}\n";
            reminders.Add(new LedgerItem($"la:{item.Id}:{kind}", () => email.SendAsync(new EmailMessage(item.Email!, item.FullName, subject, body), cancellationToken)));
        }

        var sent = await ledger.SendOnceAsync(reminders, cancellationToken);
        if (today.DayOfWeek == options.Value.DigestDay)
        {
            sent += await SendDigestsAsync(today, cancellationToken);
        }

        return sent;
    }

    private async Task<int> SendDigestsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var overdue = await db.LearnerAssignments.AsNoTracking()
            .Where(l => l.CompletedAtUtc == null && l.DueDate < today && db.Memberships.Any(m => m.OrganisationId == l.OrganisationId && m.UserId == l.UserId))
            .Join(db.Users, l => l.UserId, u => u.Id, (l, u) => new { l.OrganisationId, l.DueDate, u.FullName, l.ModuleId })
            .Join(db.Modules, x => x.ModuleId, m => m.Id, (x, m) => new { x.OrganisationId, x.DueDate, x.FullName, Title = m.CurrentVersion!.Title })
            .ToListAsync(cancellationToken);
        var coordinators = await db.Memberships.AsNoTracking().Where(m => m.IsCoordinator)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.OrganisationId, u.Id, u.Email, u.FullName })
            .Join(db.Organisations, x => x.OrganisationId, o => o.Id, (x, o) => new { x.OrganisationId, x.Id, x.Email, x.FullName, o.Name })
            .ToListAsync(cancellationToken);
        var digests = new List<LedgerItem>();
        foreach (var coordinator in coordinators.Where(c => c.Email is not null))
        {
            var lines = overdue.Where(o => o.OrganisationId == coordinator.OrganisationId).OrderBy(o => o.DueDate)
                .Select(o => $"- {o.FullName}: {o.Title}, due {o.DueDate:yyyy-MM-dd}").ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            var body = $"Dear {coordinator.FullName},\n\n{lines.Count} overdue assignment(s) in {coordinator.Name}:\n\n{string.Join('\n', lines)}\n\nCompliance matrix: {urls.For($"/coordinator/{coordinator.OrganisationId}/matrix?status=Overdue")}\n";
            var key = $"digest:{coordinator.OrganisationId}:{coordinator.Id}:{ReminderRules.Week(today)}";
            digests.Add(new LedgerItem(key, () => email.SendAsync(new EmailMessage(coordinator.Email!, coordinator.FullName, $"Weekly overdue training: {coordinator.Name}", body), cancellationToken)));
        }

        var sent = await ledger.SendOnceAsync(digests, cancellationToken);
        return sent;
    }
}
