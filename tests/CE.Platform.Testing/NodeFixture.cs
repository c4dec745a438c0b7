using System.Net;
using System.Net.Sockets;

namespace CE.Platform.Testing;

/// <summary>
/// What the fixtures that run a Node program from a folder under tests/CE.Platform.Testing share: finding the
/// folder, installing its pinned packages with <c>npm ci</c> when missing, starting it on a free loopback port
/// and waiting until it answers.
/// </summary>
public static class NodeFixture
{
    /// <summary>The running program and its base URL, or why it is unavailable.</summary>
    public static async Task<(ChildProcess? Node, string? BaseUrl, string? Unavailable)> StartAsync(string folderName, string packageToCheck, string script, string readyPath, params string[] extraArgs)
    {
        var folder = FindFolder(folderName);
        if (folder is null)
        {
            return (null, null, $"tests/CE.Platform.Testing/{folderName} was not found above the test binaries.");
        }

        if (!Directory.Exists(Path.Combine(folder, "node_modules", packageToCheck)))
        {
            var (exit, transcript) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder);
            if (exit != 0)
            {
                return (null, null, $"npm ci in {folder} failed or npm is missing: {transcript.Trim()}");
            }
        }

        var port = LoopbackPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture);
        ChildProcess node;
        try
        {
            node = ChildProcess.Start("node", [Path.Combine(folder, script), port, .. extraArgs], new Dictionary<string, string>());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, null, $"node is missing ({e.Message}); install Node.js 20 or later.");
        }

        var baseUrl = $"http://127.0.0.1:{port}";
        using var http = new HttpClient();
        for (var tries = 0; tries < 150 && !node.HasExited; tries++)
        {
            try
            {
                using var response = await http.GetAsync(baseUrl + readyPath);
                if (response.IsSuccessStatusCode)
                {
                    return (node, baseUrl, null);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        var reason = $"{script} did not answer: {node.Transcript}";
        node.Dispose();
        return (null, null, reason);
    }

    private static async Task<(int Exit, string Transcript)> RunAsync(string program, string[] args, string folder)
    {
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo(program, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output + await error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    private static string? FindFolder(string folderName)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "CE.Platform.Testing", folderName);
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        return null;
    }
}
