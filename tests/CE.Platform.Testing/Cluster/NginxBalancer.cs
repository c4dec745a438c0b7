using System.Text.RegularExpressions;

namespace CE.Platform.Testing.Cluster;

/// <summary>
/// Debian's nginx run as a child process in front of the app instances, with docs/nginx.conf rendered for
/// the test's ports (so the documented configuration is the tested one) and every file in its own folder.
/// </summary>
public sealed partial class NginxBalancer : IDisposable
{
    public const string RequireVariable = "CE_REQUIRE_NGINX";
    private const string Program = "/usr/sbin/nginx";

    private readonly string prefix = Path.Combine(Path.GetTempPath(), $"ce-nginx-{Guid.NewGuid():N}");
    private readonly ChildProcess process;
    private readonly IReadOnlyList<int> upstreamPorts;
    private readonly string configuration;

    private NginxBalancer(int port, IReadOnlyList<int> upstreamPorts)
    {
        Port = port;
        this.upstreamPorts = upstreamPorts;
        Directory.CreateDirectory(Path.Combine(prefix, "logs"));
        Directory.CreateDirectory(Path.Combine(prefix, "temp"));
        configuration = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(configuration, Render(File.ReadAllText(SamplePath), Port, upstreamPorts, []));
        process = ChildProcess.Start(Program, ["-p", prefix + "/", "-c", configuration, "-e", Path.Combine(prefix, "logs", "error.log"), "-g", "daemon off;"], new Dictionary<string, string>());
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public static string SamplePath => Path.Combine(TestCourses.RepositoryRoot, "docs", "nginx.conf");

    /// <summary>Starts nginx and waits until it listens, or returns why it cannot (not installed, failed to start).</summary>
    public static async Task<(NginxBalancer? Balancer, string? Unavailable)> TryStartAsync(int port, IReadOnlyList<int> upstreamPorts)
    {
        if (!File.Exists(Program))
        {
            return (null, $"The multi-instance tests need nginx ({Program}); install the Debian package: apt-get install nginx.");
        }

        var balancer = new NginxBalancer(port, upstreamPorts);
        using var tcp = new System.Net.Sockets.TcpClient();
        for (var tries = 0; tries < 100 && !balancer.process.HasExited; tries++)
        {
            try
            {
                await tcp.ConnectAsync("127.0.0.1", balancer.Port);
                return (balancer, null);
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(50);
            }
        }

        var why = $"nginx did not start: {balancer.process.Transcript}{balancer.ErrorLog}";
        balancer.Dispose();
        return (null, why);
    }

    /// <summary>The sample with the test's listening port and one upstream server line per instance, those in <paramref name="down"/> marked down.</summary>
    public static string Render(string sample, int port, IReadOnlyList<int> upstreamPorts, IReadOnlyCollection<int> down)
    {
        var servers = UpstreamServer().Matches(sample);
        var template = servers[0];
        var rendered = string.Concat(upstreamPorts.Select(p =>
            $"{template.Groups["indent"].Value}server 127.0.0.1:{p}{template.Groups["options"].Value}{(down.Contains(p) ? " down" : "")};\n"));
        var withoutServers = UpstreamServer().Replace(sample, m => m.Index == template.Index ? rendered : "");
        return Listen().Replace(withoutServers, $"listen 127.0.0.1:{port};");
    }

    /// <summary>The operator's drain: marks the instance on <paramref name="port"/> down and reloads nginx, which
    /// then sends it nothing new; returns once the old workers have finished every request they had passed on.</summary>
    public Task TakeOutAsync(int port) => ReloadAsync([port]);

    /// <summary>Puts every instance back into the rotation.</summary>
    public Task PutBackAllAsync() => ReloadAsync([]);

    /// <summary>Every request nginx has logged so far.</summary>
    public IReadOnlyList<AccessLogEntry> AccessLog()
    {
        using var stream = new FileStream(Path.Combine(prefix, "logs", "access.log"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(AccessLogEntry.Parse).ToList();
    }

    public string ErrorLog => File.Exists(Path.Combine(prefix, "logs", "error.log")) ? File.ReadAllText(Path.Combine(prefix, "logs", "error.log")) : "";

    private async Task ReloadAsync(IReadOnlyCollection<int> down)
    {
        File.WriteAllText(configuration, Render(File.ReadAllText(SamplePath), Port, upstreamPorts, down));
        var oldWorkers = Workers();
        await process.SignalAsync("HUP");
        var reloaded = await Eventually.TrueAsync(() => Task.FromResult(!Workers().Intersect(oldWorkers).Any() && Workers().Count > 0), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(20));
        if (!reloaded)
        {
            throw new InvalidOperationException($"nginx did not reload:\n{ErrorLog}");
        }
    }

    // nginx's worker processes: the children of the master, read from /proc (field 4 of stat is the parent).
    private List<int> Workers() =>
        [.. Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(d => d!.All(char.IsAsciiDigit)).Select(d => int.Parse(d!, System.Globalization.CultureInfo.InvariantCulture))
            .Where(pid => ParentOf(pid) == process.Id)];

    private static int? ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null; // ended meanwhile
        }
    }

    public void Dispose()
    {
        process.Dispose();
        try
        {
            Directory.Delete(prefix, recursive: true);
        }
        catch (IOException)
        {
            // nginx's files still open; the temp folder is cleaned by the OS.
        }
    }

    [GeneratedRegex(@"^(?<indent>[ \t]*)server 127\.0\.0\.1:[0-9]+(?<options>[^;]*);\n", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"listen 127\.0\.0\.1:[0-9]+;")]
    private static partial Regex Listen();
}
