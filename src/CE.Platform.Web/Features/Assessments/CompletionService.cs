using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Content;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assessments;

public enum CompleteOutcome
{
    NotFound,
    NotPassed,
    Invalid,
    Completed,
}

/// <summary>
/// Turns a passed attempt into a completion: credit attested (at most the module's hours), the
/// evaluation stored and the certificate issued, in one transaction, once per attempt.
/// </summary>
public sealed class CompletionService(AppDbContext db, ModuleVersionCache versions, CertificateIssuer issuer, AssignmentExpansion assignments, IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task<(OwnedAttempt? Attempt, bool AlreadyCompleted)> LoadAsync(string userId, int attemptId, CancellationToken cancellationToken = default)
    {
        var owned = await OwnedAttempt.LoadAsync(db, versions, userId, attemptId, cancellationToken);
        return (owned, owned is not null && await db.Completions.AnyAsync(c => c.AttemptId == attemptId, cancellationToken));
    }

    public async Task<CompleteOutcome> CompleteAsync(string userId, int attemptId, CompleteForm form, CompletionSource source, Action<string, string> reportError, CancellationToken cancellationToken = default)
    {
        var (owned, already) = await LoadAsync(userId, attemptId, cancellationToken);
        if (owned is null)
        {
            return CompleteOutcome.NotFound;
        }

        if (owned.Attempt.Passed != true)
        {
            return CompleteOutcome.NotPassed;
        }

        if (already)
        {
            return CompleteOutcome.Completed;
        }

        if (form.CreditClaimed > owned.Module.CreditHours)
        {
            reportError(nameof(form.CreditClaimed), $"You can claim at most {owned.Module.CreditHours:0.##} hours for this module.");
            return CompleteOutcome.Invalid;
        }

        if (!owned.Module.CreditTypes.Contains(form.CreditTypeId))
        {
            reportError(nameof(form.CreditTypeId), "Choose one of the credit types this module offers.");
            return CompleteOutcome.Invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var certificateId = await db.InTransactionAsync(async () =>
            {
                var completion = NewCompletion(owned, form, source, now);
                db.Completions.Add(completion);
                await MarkProgressCompletedAsync(owned, now, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                var certificate = await issuer.IssueAsync(completion, owned.Version.Snapshot, owned.Version, cancellationToken);
                certificate.CompletionId = completion.Id;
                db.Certificates.Add(certificate);
                await db.SaveChangesAsync(cancellationToken);
                await assignments.RecordCompletionAsync(completion, cancellationToken);
                return certificate.Id;
            }, cancellationToken);
            jobs.Enqueue<CertificateEmailJob>(job => job.SendAsync(certificateId, CancellationToken.None));
        }
        catch (DbUpdateException)
        {
            // A second submission of the same form lost the race to the unique index; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (!await db.Completions.AnyAsync(c => c.AttemptId == attemptId, cancellationToken))
            {
                throw;
            }
        }

        return CompleteOutcome.Completed;
    }

    // A learner may pass without opening a section; the progress record then starts here.
    private async Task MarkProgressCompletedAsync(OwnedAttempt owned, DateTime now, CancellationToken cancellationToken)
    {
        var attempt = owned.Attempt;
        var progress = await db.ModuleProgress.SingleOrDefaultAsync(p => p.UserId == attempt.UserId && p.ModuleId == attempt.ModuleId, cancellationToken);
        if (progress is null)
        {
            db.ModuleProgress.Add(new Learning.ModuleProgress
            {
                UserId = attempt.UserId, ModuleId = attempt.ModuleId, ModuleVersionId = attempt.ModuleVersionId,
                StartedAtUtc = attempt.StartedAtUtc, LastActivityAtUtc = now, CompletedAtUtc = now,
            });
        }
        else
        {
            progress.CompletedAtUtc ??= now;
        }
    }

    private static Completion NewCompletion(OwnedAttempt owned, CompleteForm form, CompletionSource source, DateTime now) => new()
    {
        UserId = owned.Attempt.UserId,
        ModuleId = owned.Attempt.ModuleId,
        ModuleVersionId = owned.Attempt.ModuleVersionId,
        AttemptId = owned.Attempt.Id,
        ScorePercent = owned.Attempt.ScorePercent ?? 0,
        CreditClaimed = form.CreditClaimed!.Value,
        CreditTypeId = form.CreditTypeId!,
        CompletedAtUtc = now,
        Channel = source.Channel,
        LtiResourceLinkId = source.LtiResourceLinkId,
        Evaluation = new Evaluation
        {
            ModuleId = owned.Attempt.ModuleId,
            ObjectivesMet = form.ObjectivesMet!.Value,
            RelevantToPractice = form.RelevantToPractice!.Value,
            FreeOfCommercialBias = form.FreeOfCommercialBias!.Value,
            WellPresented = form.WellPresented!.Value,
            IntendsPracticeChange = form.IntendsPracticeChange!,
            Comments = string.IsNullOrWhiteSpace(form.Comments) ? null : form.Comments.Trim(),
            SubmittedAtUtc = now,
        },
    };
}
