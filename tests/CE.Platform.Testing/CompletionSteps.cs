using System.Text.RegularExpressions;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CE.Platform.Testing;

/// <summary>Completing a module through the site (pass, attest, evaluate) and finding its certificate.</summary>
public static partial class CompletionSteps
{
    public static async Task<Certificate> CompleteAsync(AppFixture app, AppClient client, string slug, string credit = "1")
    {
        var attemptId = await QuizSteps.StartAsync(client, slug);
        using var submitted = await QuizSteps.SubmitAsync(client, attemptId, await QuizSteps.AnswersAsync(app, attemptId, correct: true));
        using var completed = await client.SubmitAsync($"/attempts/{attemptId}/complete", QuizSteps.Evaluation(credit));
        Assert.Equal($"/modules/{slug}", completed.Headers.Location?.OriginalString);
        return await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Certificates.AsNoTracking()
            .SingleAsync(c => c.Status == CertificateStatus.Valid && sp.GetRequiredService<AppDbContext>().Completions.Any(x => x.Id == c.CompletionId && x.AttemptId == attemptId)));
    }

    [GeneratedRegex("^CE-20[0-9]{2}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")]
    public static partial Regex NumberShape();
}
