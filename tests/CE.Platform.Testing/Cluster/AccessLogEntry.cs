using System.Globalization;
using System.Text.RegularExpressions;

namespace CE.Platform.Testing.Cluster;

/// <summary>
/// One line of nginx's access log in the <c>upstreams</c> format of docs/nginx.conf: which instance(s)
/// served a request, when, and for which client (each test client sends its own User-Agent).
/// </summary>
public sealed partial record AccessLogEntry(
    DateTimeOffset End, TimeSpan Duration, int Status, string Method, string Uri, IReadOnlyList<int> UpstreamPorts, string UserAgent)
{
    public DateTimeOffset Start => End - Duration;

    /// <summary>The instance that gave the answer the client saw (the last one tried), or null when none answered.</summary>
    public int? AnsweredBy => UpstreamPorts.Count > 0 ? UpstreamPorts[^1] : null;

    public static AccessLogEntry Parse(string line)
    {
        var match = Format().Match(line);
        if (!match.Success)
        {
            throw new FormatException($"Not an access log line of the 'upstreams' format: {line}");
        }

        var end = DateTimeOffset.FromUnixTimeMilliseconds((long)(decimal.Parse(match.Groups["msec"].Value, CultureInfo.InvariantCulture) * 1000));
        var duration = TimeSpan.FromSeconds(double.Parse(match.Groups["time"].Value, CultureInfo.InvariantCulture));
        // "127.0.0.1:5001, 127.0.0.1:5002" when nginx passed the request on; "-" when it reached no instance.
        var ports = PortPattern().Matches(match.Groups["upstream"].Value).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        return new(end, duration, int.Parse(match.Groups["status"].Value, CultureInfo.InvariantCulture),
            match.Groups["method"].Value, match.Groups["uri"].Value, ports, match.Groups["agent"].Value);
    }

    [GeneratedRegex("""^(?<msec>[0-9.]+) (?<time>[0-9.]+) (?<status>[0-9]{3}) (?<method>[A-Z]+) "(?<uri>[^"]*)" "(?<upstream>[^"]*)" "[^"]*" "(?<agent>[^"]*)"$""")]
    private static partial Regex Format();

    [GeneratedRegex(@":([0-9]+)")]
    private static partial Regex PortPattern();
}
