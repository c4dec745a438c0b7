using System.Diagnostics;
using System.Net;
using Xunit;

namespace CE.Platform.Testing;

/// <summary>
/// Times the answers to several kinds of request, taken in turns, and compares each kind with the first
/// by the median of their differences round by round: a slow minute of a shared machine slows both
/// answers of a round alike, and one stray pause cannot move a median.
/// </summary>
public static class ResponseTimes
{
    /// <summary>Answers this close are alike: a tolerance for a noisy machine, far below what the work of a password hash or an SMTP exchange adds.</summary>
    public static readonly TimeSpan AbsoluteMargin = TimeSpan.FromMilliseconds(10);

    public const double RelativeMargin = 0.25;

    public sealed record Case(string Name, Func<Task<HttpResponseMessage>> Send);

    /// <summary>
    /// Sends every case <paramref name="rounds"/> times (after two untimed rounds that warm the code
    /// paths), checks all cases get the same answer, and fails unless each case's answers take, by the
    /// median of its differences from the first case's, no more and no less than the margin.
    /// </summary>
    public static async Task AssertAlikeAsync(int rounds, params Case[] cases)
    {
        var times = cases.Select(_ => new List<double>()).ToArray();
        var answers = cases.Select(_ => new HashSet<string>()).ToArray();
        for (var round = -2; round < rounds; round++)
        {
            // Each round starts with a different case, so none always follows the same neighbour.
            for (var turn = 0; turn < cases.Length; turn++)
            {
                var index = (turn + Math.Max(round, 0)) % cases.Length;
                var watch = Stopwatch.StartNew();
                using var response = await cases[index].Send();
                watch.Stop();
                answers[index].Add(Describe(response));
                if (round >= 0)
                {
                    times[index].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        var report = string.Join("; ", cases.Select((c, i) => $"{c.Name}: median {Median(times[i]):0.0} ms, answered {string.Join(" | ", answers[i])}"));
        Assert.True(answers.All(a => a.Count == 1 && a.SetEquals(answers[0])), "Every case must get one and the same answer. " + report);
        var reference = Median(times[0]);
        for (var i = 1; i < cases.Length; i++)
        {
            var difference = Median(times[i].Select((time, round) => time - times[0][round]).ToList());
            var margin = Math.Max(AbsoluteMargin.TotalMilliseconds, RelativeMargin * Math.Max(reference, Median(times[i])));
            Assert.True(Math.Abs(difference) <= margin,
                $"{cases[i].Name} answers {difference:+0.0;-0.0} ms against {cases[0].Name} (median of the rounds' differences), beyond the {margin:0.0} ms allowed. {report}");
        }

        TestContext.Current.SendDiagnosticMessage(report);
    }

    private static string Describe(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK ? "200" : $"{(int)response.StatusCode} {response.Headers.Location}";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
