using System.Diagnostics;
using System.Text;

namespace CE.Platform.Testing;

/// <summary>
/// A program run as its own process: the built app as an operator runs it (<c>dotnet CE.Platform.Web.dll …</c>,
/// settings as environment variables) or an ops script. Tests can wait for it or kill it.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private ChildProcess(Process process) => this.process = process;

    /// <summary>Output and error so far, for failure messages.</summary>
    public string Transcript
    {
        get
        {
            lock (output)
            {
                return $"{output}{error}";
            }
        }
    }

    public bool HasExited => process.HasExited;

    public int Id => process.Id;

    /// <summary>Starts the app with <paramref name="args"/>; <paramref name="settings"/> use configuration keys (Database:Provider).</summary>
    public static ChildProcess StartApp(IReadOnlyDictionary<string, string> settings, params string[] args) =>
        StartAppIn(AppContext.BaseDirectory, settings, args);

    /// <summary>Starts the app as typed in <paramref name="workingDirectory"/>, where relative paths in <paramref name="args"/> start.</summary>
    public static ChildProcess StartAppIn(string workingDirectory, IReadOnlyDictionary<string, string> settings, params string[] args) =>
        StartBuild(AppContext.BaseDirectory, workingDirectory, settings, args);

    /// <summary>Starts the app of the build (or published release) in <paramref name="buildDirectory"/>, in <paramref name="workingDirectory"/>.</summary>
    public static ChildProcess StartBuild(string buildDirectory, string workingDirectory, IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var environment = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return Start("dotnet", [Path.Combine(buildDirectory, "CE.Platform.Web.dll"), .. args], environment, workingDirectory);
    }

    public static ChildProcess Start(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var child = new ChildProcess(new Process { StartInfo = start });
        child.process.OutputDataReceived += (_, e) => child.Append(child.output, e.Data);
        child.process.ErrorDataReceived += (_, e) => child.Append(child.error, e.Data);
        child.process.Start();
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The settings that point the app at <paramref name="database"/> (its own job file, no job server).</summary>
    public static Dictionary<string, string> SettingsFor(TestDatabase database) => new()
    {
        ["Database:Provider"] = database.Provider.ToString(),
        ["ConnectionStrings:Default"] = database.ConnectionString,
        ["Jobs:SqlitePath"] = Path.Combine(database.Folder, "process-hangfire.db"),
        ["Jobs:RunServer"] = "false",
        ["Email:PickupFolder"] = Path.Combine(database.Folder, "mail"),
    };

    /// <summary>Runs the app to its end and returns its exit code and everything it printed.</summary>
    public static Task<(int Exit, string Transcript)> RunAppAsync(IReadOnlyDictionary<string, string> settings, params string[] args) =>
        ToEndAsync(StartApp(settings, args));

    /// <summary>Runs the app, as typed in <paramref name="workingDirectory"/>, to its end.</summary>
    public static Task<(int Exit, string Transcript)> RunAppInAsync(string workingDirectory, IReadOnlyDictionary<string, string> settings, params string[] args) =>
        ToEndAsync(StartAppIn(workingDirectory, settings, args));

    /// <summary>Runs a program to its end and returns its exit code and everything it printed.</summary>
    public static Task<(int Exit, string Transcript)> RunAsync(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string? workingDirectory = null, TimeSpan? timeout = null) =>
        ToEndAsync(Start(program, args, environment, workingDirectory), timeout);

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    /// <summary>Ends the process at once (SIGKILL): no clean-up code of the app runs.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>Asks the process to stop (SIGTERM), as a service manager or an orchestrator does; the app shuts down gracefully.</summary>
    public Task TerminateAsync() => SignalAsync("TERM");

    /// <summary>Sends a signal by name (TERM, HUP, …) with kill(1).</summary>
    public async Task SignalAsync(string signal)
    {
        var (exit, transcript) = await RunAsync("kill", [$"-{signal}", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], new Dictionary<string, string>());
        if (exit != 0 && !process.HasExited)
        {
            throw new InvalidOperationException($"kill -{signal} {Id} failed: {transcript}");
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private static async Task<(int Exit, string Transcript)> ToEndAsync(ChildProcess child, TimeSpan? timeout = null)
    {
        using (child)
        {
            return (await child.WaitAsync(timeout ?? TimeSpan.FromMinutes(2)), child.Transcript);
        }
    }

    private void Append(StringBuilder to, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            to.AppendLine(line);
        }
    }
}
