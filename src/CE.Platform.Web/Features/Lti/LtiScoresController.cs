using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Lti;

public sealed record LtiScoreRow(int Id, string Learner, string Module, string Platform, LtiScorePostStatus Status, int Attempts, int? LastHttpStatus, string? LastError, DateTime NextAttemptAtUtc, DateTime? SentAtUtc);

/// <summary>Scores sent to LMS line items: those still trying or given up first, with the platform's last answer; an admin can send one again.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/lti/scores")]
public sealed class LtiScoresController(AppDbContext db, AuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await db.LtiScorePosts.AsNoTracking()
        .OrderBy(p => p.Status == LtiScorePostStatus.Sent).ThenByDescending(p => p.Id).Take(200)
        .Select(p => new LtiScoreRow(
            p.Id,
            db.Completions.Where(c => c.Id == p.CompletionId).Join(db.Users, c => c.UserId, u => u.Id, (c, u) => u.FullName).Single(),
            db.Completions.Where(c => c.Id == p.CompletionId).Join(db.Modules, c => c.ModuleId, m => m.Id, (c, m) => m.Slug).Single(),
            db.LtiResourceLinks.Where(l => l.Id == p.ResourceLinkId).Join(db.LtiRegistrations, l => l.RegistrationId, r => r.Id, (l, r) => r.Name).Single(),
            p.Status, p.Attempts, p.LastHttpStatus, p.LastError, p.NextAttemptAtUtc, p.SentAtUtc))
        .ToListAsync(cancellationToken));

    /// <summary>Puts a failed or waiting score back at the head of the queue with a fresh set of attempts; the next run (within a minute) sends it.</summary>
    [HttpPost("{id:int}/retry"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Retry(int id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.LtiScorePosts.Where(p => p.Id == id && p.Status != LtiScorePostStatus.Sent)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Status, LtiScorePostStatus.Pending).SetProperty(p => p.Attempts, 0).SetProperty(p => p.NextAttemptAtUtc, now), cancellationToken);
        if (changed == 1)
        {
            await audit.RecordNowAsync("lti.score-retried", $"score post {id}", "by an administrator");
        }

        TempData["Status"] = changed == 1 ? "The score will be sent again within a minute." : "That score was already sent.";
        return RedirectToAction(nameof(Index));
    }
}
