using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Certificates;

/// <summary>The completion's queued email never ran (the test host runs no job server): the sweep sends it.</summary>
public abstract class CertificateEmailSweepTests(AppFixture app)
{
    private const string Module = "ketamine-safety";

    [Fact]
    public async Task A_certificate_whose_email_was_never_sent_is_mailed_once_by_the_sweep_and_old_ones_are_left_alone()
    {
        var (recent, recentEmail) = await AccountSteps.SignedInAsync(app);
        var (old, oldEmail) = await AccountSteps.SignedInAsync(app);
        await CompletionSteps.CompleteAsync(app, recent, Module);
        var ancient = await CompletionSteps.CompleteAsync(app, old, Module);
        await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Certificates.Where(c => c.Number == ancient.Number)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.IssuedAtUtc, c => c.IssuedAtUtc.AddDays(-3))));

        // Other tests share this site, so what is asserted is this test's own learners' mail.
        await SweepAsync(DateTimeOffset.UtcNow);
        var beforeGrace = app.Mailbox.To(recentEmail).Count(IsCertificateMail);
        await SweepAsync(DateTimeOffset.UtcNow + UnsentCertificateEmailSweep.Grace + TimeSpan.FromMinutes(1));
        await SweepAsync(DateTimeOffset.UtcNow + UnsentCertificateEmailSweep.Grace + TimeSpan.FromMinutes(2));

        Assert.Equal(0, beforeGrace); // a fresh certificate is left to the job its completion queued
        Assert.Single(app.Mailbox.To(recentEmail), IsCertificateMail); // then swept, once
        Assert.DoesNotContain(app.Mailbox.To(oldEmail), IsCertificateMail); // issued three days ago: outside the window
        recent.Dispose();
        old.Dispose();
    }

    private static bool IsCertificateMail(MimeKit.MimeMessage message) => message.Subject!.StartsWith("Your certificate", StringComparison.Ordinal);

    private Task<int> SweepAsync(DateTimeOffset now) =>
        app.InScopeAsync(sp => ActivatorUtilities.CreateInstance<UnsentCertificateEmailSweep>(sp, new FixedClock(now)).RunAsync(CancellationToken.None));
}

[Collection(Collections.Sqlite)]
public sealed class CertificateEmailSweepTestsOnSqlite(SqliteAppFixture app) : CertificateEmailSweepTests(app);

[Collection(Collections.PostgreSql)]
public sealed class CertificateEmailSweepTestsOnPostgreSql(PostgreSqlAppFixture app) : CertificateEmailSweepTests(app);
