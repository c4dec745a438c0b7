using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Certificates;

public abstract class CertificateIssuanceTests(AppFixture app)
{
    private const string Module = "ketamine-safety";

    [Fact]
    public async Task Completing_a_module_issues_one_certificate_with_the_facts_it_prints()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app);
        using var _ = await client.SubmitAsync("/profile", new Dictionary<string, string>
        {
            ["FullName"] = "Zoë Ångström-Nakamura-Oyelaran", ["Credential"] = "DNP, CRNA", ["LicenseNumber"] = "CRNA-4411", ["LicenseRegion"] = "Oregon",
        });

        var certificate = await CompletionSteps.CompleteAsync(app, client, Module, "0.5");

        Assert.Matches(CompletionSteps.NumberShape(), certificate.Number);
        Assert.Equal(22, certificate.VerificationToken.Length);
        Assert.Equal("Zoë Ångström-Nakamura-Oyelaran", certificate.LearnerName);
        Assert.Equal("DNP, CRNA", certificate.Credential);
        Assert.Equal(0.5m, certificate.CreditHours);
        Assert.Equal("AMA PRA Category 1 Credit™", certificate.CreditTypeName);
        Assert.Contains("designates this enduring material for a maximum of 1 AMA PRA", certificate.CreditStatement, StringComparison.Ordinal);
        Assert.StartsWith("ketamine-safety v", certificate.ContentVersion, StringComparison.Ordinal);
        var list = await client.GetPageAsync("/certificates");
        Assert.Contains(certificate.Number, list.QuerySelector("table")?.TextContent, StringComparison.Ordinal);
        using var pdf = await client.GetAsync($"/certificates/{certificate.Number}.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..5]), StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task Twenty_parallel_completions_of_one_attempt_make_one_completion_and_one_certificate()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var attemptId = await QuizSteps.StartAsync(client, Module);
        using var passed = await QuizSteps.SubmitAsync(client, attemptId, await QuizSteps.AnswersAsync(app, attemptId, correct: true));
        var userId = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts.Where(a => a.Id == attemptId).Select(a => a.UserId).SingleAsync());
        var form = new CompleteForm { CreditClaimed = 1m, CreditTypeId = "ama-pra-1", Attested = true, ObjectivesMet = 5, RelevantToPractice = 5, FreeOfCommercialBias = 5, WellPresented = 5, IntendsPracticeChange = "Yes" };

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => app.InScopeAsync(sp =>
            sp.GetRequiredService<CompletionService>().CompleteAsync(userId, attemptId, form, CompletionSource.Site, (_, _) => { }))));

        Assert.All(outcomes, o => Assert.Equal(CompleteOutcome.Completed, o));
        var (completions, certificates) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var ids = await db.Completions.Where(c => c.AttemptId == attemptId).Select(c => c.Id).ToListAsync();
            return (ids, await db.Certificates.CountAsync(c => ids.Contains(c.CompletionId)));
        });
        Assert.Single(completions);
        Assert.Equal(1, certificates);
        client.Dispose();
    }

    [Fact]
    public async Task The_certificate_email_is_sent_once_however_often_the_job_runs()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, client, Module);

        for (var run = 0; run < 3; run++)
        {
            await app.InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<CertificateEmailJob>().SendAsync(certificate.Id, default);
                return 0;
            });
        }

        var message = Assert.Single(app.Mailbox.To(email), m => m.Subject!.Contains("certificate", StringComparison.OrdinalIgnoreCase));
        Assert.Contains($"/verify/{certificate.VerificationToken}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/certificates/{certificate.Number}", message.TextBody, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task Someone_elses_certificate_is_not_found_but_an_admin_can_open_it()
    {
        var (owner, _) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, owner, Module);
        var (intruder, _) = await AccountSteps.SignedInAsync(app);
        var (admin, _) = await AccountSteps.SignedInAsync(app, "Learner", "Admin");

        foreach (var path in new[] { $"/certificates/{certificate.Number}", $"/certificates/{certificate.Number}.pdf", $"/certificates/{certificate.Number}.jws" })
        {
            using var refused = await intruder.GetAsync(path);
            using var allowed = await admin.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        owner.Dispose();
        intruder.Dispose();
        admin.Dispose();
    }

    [Fact]
    public async Task The_transcript_adds_up_the_credit_of_each_type()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        await CompletionSteps.CompleteAsync(app, client, "ketamine-safety", "1");
        await CompletionSteps.CompleteAsync(app, client, "ketamine-history", "0.75");

        var transcript = await client.GetPageAsync("/transcript");
        using var csv = await client.GetAsync("/transcript.csv");

        Assert.Equal(2, transcript.QuerySelectorAll("[aria-label='Completed activities'] tbody tr").Length);
        Assert.Contains("1.75", transcript.QuerySelector("tfoot")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("1.75", transcript.QuerySelector("[aria-label='Totals by year'] tbody")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(transcript.QuerySelector("a[href='/transcript.pdf']"));
        Assert.Equal(3, (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        client.Dispose();
    }

    [Fact]
    public async Task The_transcript_pdf_lists_the_signed_in_learners_certificates_and_nobody_elses()
    {
        var (learner, _) = await AccountSteps.SignedInAsync(app);
        var own = await CompletionSteps.CompleteAsync(app, learner, Module);
        var (someoneElse, _) = await AccountSteps.SignedInAsync(app);
        var theirs = await CompletionSteps.CompleteAsync(app, someoneElse, Module);

        using var response = await learner.GetAsync("/transcript.pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("transcript.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains(own.Number, text, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Number, text, StringComparison.Ordinal);
        learner.Dispose();
        someoneElse.Dispose();
    }
}

[Collection(Collections.Sqlite)]
public sealed class CertificateIssuanceTestsOnSqlite(SqliteAppFixture app) : CertificateIssuanceTests(app);

[Collection(Collections.PostgreSql)]
public sealed class CertificateIssuanceTestsOnPostgreSql(PostgreSqlAppFixture app) : CertificateIssuanceTests(app);
