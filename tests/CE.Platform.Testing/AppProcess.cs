using System.Diagnostics;
using System.Text;

namespace CE.Platform.Testing;

/// <summary>
/// The built app run as its own process, as an operator runs it (<c>dotnet CE.Platform.Web.dll …</c>),
/// with settings given as environment variables. Tests can wait for it or kill it.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private AppProcess(Process process) => this.process = process;

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

    /// <summary>Starts the app with <paramref name="args"/>; <paramref name="settings"/> use configuration keys (Database:Provider).</summary>
    public static AppProcess Start(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CE.Platform.Web.dll"), .. args])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var app = new AppProcess(new Process { StartInfo = start });
        app.process.OutputDataReceived += (_, e) => app.Append(app.output, e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Append(app.error, e.Data);
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        return app;
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
    public static async Task<(int Exit, string Transcript)> RunAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        using var app = Start(settings, args);
        return (await app.WaitAsync(TimeSpan.FromMinutes(2)), app.Transcript);
    }

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

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
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
