using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// Sends LTI completions' scores to their line items, every minute on the job instance: queues a post for each new
/// completion that came through an LTI placement (one per completion, by its unique key), then sends those due.
/// A failure is tried again on <see cref="LtiScoreRetries"/>' schedule and stays visible on /admin/lti/scores.
/// </summary>
public sealed class LtiScoreJob(AppDbContext db, LtiServicesClient ags, PublicUrls urls, AuditLog audit, TimeProvider clock, ILogger<LtiScoreJob> logger)
{
    public const string RecurringJobId = "lti-scores";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await QueueNewAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.LtiScorePosts.Where(p => p.Status == LtiScorePostStatus.Pending && p.NextAttemptAtUtc <= now)
            .OrderBy(p => p.Id).Select(p => p.Id).Take(200).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            await SendAsync(id, cancellationToken);
        }
    }

    private async Task QueueNewAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = await db.Completions.Where(c => c.LtiResourceLinkId != null && !db.LtiScorePosts.Any(p => p.CompletionId == c.Id))
            .OrderBy(c => c.Id).Select(c => new { c.Id, Link = c.LtiResourceLinkId!.Value }).Take(1000).ToListAsync(cancellationToken);
        db.LtiScorePosts.AddRange(fresh.Select(c => new LtiScorePost { CompletionId = c.Id, ResourceLinkId = c.Link, NextAttemptAtUtc = now, CreatedAtUtc = now }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance queued them at the same moment; the unique key kept one each.
            db.ChangeTracker.Clear();
        }
    }

    private async Task SendAsync(int postId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The lease: only the run that moves the next attempt forward sends this time.
        if (await db.LtiScorePosts.Where(p => p.Id == postId && p.Status == LtiScorePostStatus.Pending && p.NextAttemptAtUtc <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.NextAttemptAtUtc, now + Lease), cancellationToken) == 0)
        {
            return;
        }

        var post = await db.LtiScorePosts.SingleAsync(p => p.Id == postId, cancellationToken);
        var score = await LtiScoreSource.ReadAsync(db, urls, post, cancellationToken);
        try
        {
            if (score.Problem is not null)
            {
                throw new LtiServiceException(0, score.Problem);
            }

            using var response = await ags.PostScoreAsync(score.Registration!, score.LineItemUrl!, score.Payload!, cancellationToken);
            post.LastHttpStatus = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                throw new LtiServiceException((int)response.StatusCode, $"the line item refused the score ({(int)response.StatusCode}): {LtiServiceException.Excerpt(await response.Content.ReadAsStringAsync(cancellationToken))}");
            }

            post.Status = LtiScorePostStatus.Sent;
            post.SentAtUtc = now;
            post.LastError = null;
            post.Attempts++;
        }
        catch (Exception e) when (e is LtiServiceException or HttpRequestException or TaskCanceledException)
        {
            Failed(post, e, now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Failed(LtiScorePost post, Exception e, DateTime now)
    {
        post.Attempts++;
        post.LastHttpStatus = e is LtiServiceException { Status: > 0 } service ? service.Status : post.LastHttpStatus;
        post.LastError = e.Message.Length <= 1000 ? e.Message : e.Message[..1000];
        logger.LogWarning("LTI score {PostId} was not accepted (attempt {Attempts}): {Error}", post.Id, post.Attempts, e.Message);
        if (LtiScoreRetries.GivesUpAfter(post.Attempts) || e is LtiServiceException { Status: 0 })
        {
            post.Status = LtiScorePostStatus.Failed;
            audit.Record("lti.score-failed", $"completion {post.CompletionId}", post.LastError);
            return;
        }

        post.NextAttemptAtUtc = now + LtiScoreRetries.DelayAfter(post.Attempts);
    }
}
