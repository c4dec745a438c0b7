using System.Net;

namespace CE.Platform.Testing.Cluster;

public static class EveryInstance
{
    /// <summary>
    /// Gets <paramref name="page"/> through nginx until the latest answers in a row all pass <paramref name="shows"/> and came
    /// from every instance (nginx's log, found by a query string unique to each request), or time runs out.
    /// </summary>
    public static async Task<bool> InARowShowsAsync(this ClusterFixture cluster, AppClient client, string page, Func<string, bool> shows, TimeSpan within)
    {
        var answers = new List<(string Uri, bool Shows)>();
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            var uri = $"{page}?look={Guid.NewGuid():N}";
            using var response = await client.GetAsync(uri);
            answers.Add((uri, response.StatusCode == HttpStatusCode.OK && shows(await response.Content.ReadAsStringAsync())));
            var inARow = answers.AsEnumerable().Reverse().TakeWhile(a => a.Shows).Select(a => a.Uri).ToHashSet(StringComparer.Ordinal);
            var answeredBy = cluster.RequestsOf(client).Where(e => inARow.Contains(e.Uri)).Select(e => e.AnsweredBy).ToHashSet();
            if (cluster.Instances.All(i => answeredBy.Contains(i.Port)))
            {
                return true;
            }
        }

        return false;
    }
}
