using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>
/// Every quarter hour: mails the certificates whose "ready" email was never sent. The completion
/// queues that email after its transaction commits; if the job store was unreachable in that
/// moment, the queueing is lost with nothing to retry it. Certificates issued in the last two days
/// only, so old data (and certificates whose learners were mailed some other way) stays quiet.
/// </summary>
public sealed class UnsentCertificateEmailSweep(AppDbContext db, CertificateEmailJob email, TimeProvider clock)
{
    public const string RecurringJobId = "certificates:unsent-email-sweep";

    /// <summary>Younger certificates are left to the job their completion queued.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan Window = TimeSpan.FromDays(2);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (from, until) = (now - Window, now - Grace);
        var unsent = await db.Certificates.AsNoTracking()
            .Where(c => c.EmailSentAtUtc == null && c.UserId != null && c.Status == CertificateStatus.Valid && c.IssuedAtUtc >= from && c.IssuedAtUtc <= until)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var id in unsent)
        {
            await email.SendAsync(id, cancellationToken);
        }

        return unsent.Count;
    }
}
