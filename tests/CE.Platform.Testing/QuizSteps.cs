using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CE.Platform.Testing;

/// <summary>Taking assessments through the site, with answers looked up the way only a test may.</summary>
public static class QuizSteps
{
    /// <summary>Presses "Take the assessment" on the module page; returns the attempt id.</summary>
    public static async Task<int> StartAsync(AppClient client, string slug)
    {
        using var response = await client.SubmitAsync($"/modules/{slug}", new Dictionary<string, string>(), "form[action$='/attempts']");
        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.StartsWith("/attempts/", location, StringComparison.Ordinal);
        return int.Parse(location["/attempts/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Form fields answering every drawn question right, or every one wrong.</summary>
    public static Task<List<KeyValuePair<string, string>>> AnswersAsync(AppFixture app, int attemptId, bool correct) =>
        AnswersAsync(app.Factory.Services, attemptId, correct);

    public static async Task<List<KeyValuePair<string, string>>> AnswersAsync(IServiceProvider services, int attemptId, bool correct)
    {
        await using var scope = services.CreateAsyncScope();
        var attempt = await scope.ServiceProvider.GetRequiredService<AppDbContext>().QuizAttempts.AsNoTracking().SingleAsync(a => a.Id == attemptId);
        var questions = (await scope.ServiceProvider.GetRequiredService<ModuleVersionCache>().GetAsync(attempt.ModuleVersionId)).Snapshot.Module.Questions;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (drawn, number) in attempt.Draw.Select((d, i) => (d, i + 1)))
        {
            var question = questions.Single(q => q.Id == drawn.QuestionId);
            var keys = correct ? question.Answer : [question.Options.First(o => !question.Answer.Contains(o.Key)).Key];
            fields.AddRange(keys.Select(key => Field(drawn, number, key)));
        }

        return fields;
    }

    /// <summary>The form field choosing bank option <paramref name="key"/> of the attempt's question <paramref name="number"/>: the page names options by per-attempt ids only.</summary>
    public static KeyValuePair<string, string> Field(DrawnQuestion drawn, int number, string key) =>
        new(PostedAnswers.Prefix + number, drawn.FormValue(drawn.OptionOrder.ToList().IndexOf(key)));

    /// <summary>Submits the attempt's form with <paramref name="answers"/> (and its antiforgery token).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(AppClient client, int attemptId, IEnumerable<KeyValuePair<string, string>> answers, string action = "submit")
    {
        var token = await client.AntiforgeryTokenAsync($"/attempts/{attemptId}");
        return await client.PostAsync($"/attempts/{attemptId}/{action}", [new("__RequestVerificationToken", token), .. answers]);
    }

    public static Dictionary<string, string> Evaluation(string credit = "1") => new()
    {
        ["CreditClaimed"] = credit,
        ["CreditTypeId"] = "ama-pra-1",
        ["Attested"] = "true",
        ["ObjectivesMet"] = "5",
        ["RelevantToPractice"] = "4",
        ["FreeOfCommercialBias"] = "5",
        ["WellPresented"] = "4",
        ["IntendsPracticeChange"] = "Yes",
        ["Comments"] = "I will check blood pressure before every dose.",
    };

    public static QuestionDefinition Question(IReadOnlyList<QuestionDefinition> bank, string id) => bank.Single(q => q.Id == id);
}
