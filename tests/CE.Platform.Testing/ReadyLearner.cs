using System.Net;

namespace CE.Platform.Testing;

/// <summary>
/// A signed-in learner with a started attempt and its right answers at hand, so that many learners
/// can submit and complete at the same moment (races, outages).
/// </summary>
public sealed class ReadyLearner(AppClient client, int attemptId, string token, IReadOnlyList<KeyValuePair<string, string>> answers) : IDisposable
{
    public int AttemptId => attemptId;

    public AppClient Client => client;

    public static async Task<ReadyLearner> PrepareAsync(AppFixture app, string slug)
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var attemptId = await QuizSteps.StartAsync(client, slug);
        // One antiforgery token serves every form of this signed-in client.
        var token = await client.AntiforgeryTokenAsync($"/attempts/{attemptId}");
        return new ReadyLearner(client, attemptId, token, await QuizSteps.AnswersAsync(app, attemptId, correct: true));
    }

    /// <summary>Prepares <paramref name="count"/> learners one after another (set-up, not the load under test).</summary>
    public static async Task<List<ReadyLearner>> PrepareManyAsync(AppFixture app, string slug, int count)
    {
        var learners = new List<ReadyLearner>();
        for (var i = 0; i < count; i++)
        {
            learners.Add(await PrepareAsync(app, slug));
        }

        return learners;
    }

    /// <summary>Submits the right answers, then attests and evaluates: null when both posts were accepted,
    /// otherwise the response that was not.</summary>
    public async Task<Refusal?> SubmitAndCompleteAsync()
    {
        using var submitted = await PostAsync("submit", answers);
        if (submitted.StatusCode != HttpStatusCode.Redirect)
        {
            return await Refusal.FromAsync(submitted);
        }

        using var completed = await PostAsync("complete", QuizSteps.Evaluation());
        return completed.StatusCode == HttpStatusCode.Redirect ? null : await Refusal.FromAsync(completed);
    }

    /// <summary>Saves the right answers without submitting (through <paramref name="site"/>, default the client's): null when the save was accepted.</summary>
    public async Task<Refusal?> SaveAsync(string? site = null)
    {
        using var saved = await PostAsync("save", answers, site);
        return saved.StatusCode == HttpStatusCode.Redirect ? null : await Refusal.FromAsync(saved);
    }

    public void Dispose() => client.Dispose();

    private Task<HttpResponseMessage> PostAsync(string action, IEnumerable<KeyValuePair<string, string>> fields, string? site = null) =>
        client.PostAsync($"{site}/attempts/{attemptId}/{action}", [new("__RequestVerificationToken", token), .. fields]);

    /// <summary>A post the site did not accept: its status and page.</summary>
    public sealed record Refusal(HttpStatusCode Status, string Body)
    {
        public static async Task<Refusal> FromAsync(HttpResponseMessage response) =>
            new(response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
