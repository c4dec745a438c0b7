using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Infrastructure;
using CE.Platform.Web.Infrastructure.Email;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>
/// Tells the learner their certificate is ready, with a link (not an attachment). Retried by
/// Hangfire on failure; a certificate already mailed is skipped, so a rerun sends nothing twice.
/// </summary>
public sealed class CertificateEmailJob(AppDbContext db, IEmailSender email, PublicUrls urls, TimeProvider clock)
{
    [AutomaticRetry(Attempts = 8)]
    public async Task SendAsync(int certificateId, CancellationToken cancellationToken)
    {
        var row = await db.Certificates.AsNoTracking()
            .Where(c => c.Id == certificateId && c.EmailSentAtUtc == null && c.UserId != null)
            .Join(db.Users, c => c.UserId, u => u.Id, (c, u) => new { c.Number, c.ModuleTitle, c.CreditHours, c.CreditTypeName, c.VerificationToken, u.Email, u.FullName })
            .SingleOrDefaultAsync(cancellationToken);
        if (row?.Email is null || SyntheticEmails.IsSynthetic(row.Email))
        {
            return;
        }

        await email.SendAsync(new EmailMessage(row.Email, row.FullName, $"Your certificate for {row.ModuleTitle}",
            $"""
            Congratulations, {row.FullName}.

            You completed {row.ModuleTitle} and earned {row.CreditHours:0.00} {row.CreditTypeName}.

            Download your certificate: {urls.For($"/certificates/{row.Number}")}
            Anyone can verify it at: {urls.For($"/verify/{row.VerificationToken}")}

            Certificate number: {row.Number}
            """), cancellationToken);
        // Marked after sending: a crash between the two sends the message again rather than never.
        await db.Certificates.Where(c => c.Id == certificateId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.EmailSentAtUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
    }
}
