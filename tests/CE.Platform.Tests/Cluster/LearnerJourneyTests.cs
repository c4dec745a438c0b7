using CE.Platform.Testing;
using CE.Platform.Testing.Cluster;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Cluster;

/// <summary>
/// A learner's whole journey through nginx's round-robin without sticky sessions: nginx's log shows every
/// instance served part of it, and forms fetched from one instance were posted to another.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class LearnerJourneyTests(ClusterFixture cluster)
{
    private const string Module = "ketamine-pharmacology";

    [Fact]
    public async Task A_learner_registers_reads_passes_and_verifies_a_certificate_while_nginx_spreads_the_requests_over_every_instance()
    {
        await cluster.EnsureAllRunningAsync();
        using var client = cluster.NewClient();
        var email = AccountSteps.NewEmail();

        // The confirmation email is queued by whichever instance took the form and sent by the job instance.
        await AccountSteps.RegisterAndConfirmAsync(cluster, client, email);
        using var signedIn = await AccountSteps.SignInAsync(client, email);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        var overview = await client.GetPageAsync($"/modules/{Module}");
        var section = overview.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith($"/modules/{Module}/", StringComparison.Ordinal));
        await client.GetPageAsync(section);
        var attemptId = await QuizSteps.StartAsync(client, Module);
        var answers = await QuizSteps.AnswersAsync(cluster, attemptId, correct: true);
        using var saved = await QuizSteps.SubmitAsync(client, attemptId, answers.Take(1), "save");
        Assert.Equal($"/attempts/{attemptId}", saved.Headers.Location?.OriginalString);
        using var submitted = await QuizSteps.SubmitAsync(client, attemptId, answers);
        Assert.Equal($"/attempts/{attemptId}/result", submitted.Headers.Location?.OriginalString);
        await client.GetPageAsync($"/attempts/{attemptId}/result");
        using var completed = await client.SubmitAsync($"/attempts/{attemptId}/complete", QuizSteps.Evaluation());
        Assert.Equal($"/modules/{Module}", completed.Headers.Location?.OriginalString);

        var certificate = await cluster.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Certificates.AsNoTracking()
            .SingleAsync(c => c.Status == CertificateStatus.Valid && sp.GetRequiredService<AppDbContext>().Completions.Any(x => x.Id == c.CompletionId && x.AttemptId == attemptId)));
        using var pdf = await client.GetAsync($"/certificates/{certificate.Number}.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var anonymous = cluster.NewClient();
        var verified = await anonymous.GetPageAsync($"/verify/{certificate.VerificationToken}");
        Assert.Contains("This certificate is valid", verified.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);

        var requests = cluster.RequestsOf(client);
        Assert.All(requests, r => Assert.True(r.Status < 500, $"{r.Method} {r.Uri} answered {r.Status}"));
        Assert.Equal(cluster.Instances.Select(i => i.Port).Order(), requests.Select(r => r.AnsweredBy ?? 0).Distinct().Order());
        // Each form post follows the GET of its page: where those two hit different instances, the
        // antiforgery token and the sign-in cookie of one instance were accepted by another.
        var crossInstancePosts = requests.Zip(requests.Skip(1))
            .Where(p => p.First.Method == "GET" && p.Second.Method == "POST" && p.First.AnsweredBy != p.Second.AnsweredBy)
            .Select(p => p.Second).ToList();
        Assert.Contains(crossInstancePosts, p => p.Uri == $"/attempts/{attemptId}/submit");
        Assert.All(crossInstancePosts, p => Assert.Equal(302, p.Status));
    }
}
