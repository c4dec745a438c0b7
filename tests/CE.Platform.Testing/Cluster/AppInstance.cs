using System.Globalization;

namespace CE.Platform.Testing.Cluster;

/// <summary>
/// One instance of the built app (<c>dotnet CE.Platform.Web.dll --urls …</c>) on its own loopback port, as an
/// operator runs it behind a load balancer; a test can kill it, stop it gracefully and start it again.
/// </summary>
public sealed class AppInstance(string name, int port, IReadOnlyDictionary<string, string> settings) : IDisposable
{
    // Generous: three instances start at once on a CI machine of 2 cores that may be busy with other suites.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private ChildProcess? process;

    public string Name => name;

    public int Port => port;

    public string Url => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public bool IsRunning => process is { HasExited: false };

    /// <summary>The id of the running process (Hangfire names its server after it).</summary>
    public int ProcessId => Running.Id;

    /// <summary>What the current (or last) process printed.</summary>
    public string Transcript => process?.Transcript ?? "";

    /// <summary>Starts this build of the app, or the release published in <paramref name="release"/>, and waits until it is ready.</summary>
    public async Task StartAsync(string? release = null)
    {
        process?.Dispose();
        process = release is null ? ChildProcess.StartApp(settings, "--urls", Url) : ChildProcess.StartBuild(release, release, settings, "--urls", Url);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var ready = await http.GetAsync($"{Url}/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still starting (the first request waits for start-up to finish).
            }

            await Task.Delay(100);
        }

        if (process.HasExited)
        {
            await process.WaitAsync(TimeSpan.FromSeconds(5)); // lets the last output be read
        }

        throw new InvalidOperationException($"Instance {name} on port {Port} did not become ready:\n{process.Transcript}");
    }

    /// <summary>SIGKILL: the process dies at once, in the middle of whatever it was doing.</summary>
    public Task KillAsync() => Running.KillAsync();

    /// <summary>SIGTERM, as systemd or an orchestrator stops a service: sends the signal and returns at once.</summary>
    public Task TerminateAsync() => Running.TerminateAsync();

    /// <summary>Waits for the process to end and returns its exit code.</summary>
    public Task<int> WaitForExitAsync(TimeSpan timeout) => (process ?? throw new InvalidOperationException($"Instance {name} never started.")).WaitAsync(timeout);

    public void Dispose() => process?.Dispose();

    private ChildProcess Running => IsRunning ? process! : throw new InvalidOperationException($"Instance {name} is not running.");
}
