using System.Diagnostics;

namespace CE.Platform.Tests.Infrastructure;

/// <summary>
/// The built app started as an operator would, with a bad setting: it must stop with one clear
/// line naming the setting, not a stack trace.
/// </summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task An_unknown_database_provider_stops_the_app_with_one_line_naming_the_setting()
    {
        var (exit, error) = await RunAppAsync(new() { ["Database__Provider"] = "Oracle" });

        Assert.Equal(2, exit);
        Assert.Equal("CE.Platform cannot start: Database:Provider is 'Oracle'; it must be Sqlite or PostgreSql.", error);
    }

    [Fact]
    public async Task An_unreachable_postgresql_server_stops_the_app_with_one_line_naming_the_connection_string()
    {
        var (exit, error) = await RunAppAsync(new()
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Default"] = "Host=127.0.0.1;Port=1;Database=ce;Username=ce;Password=x;Timeout=3",
        });

        Assert.Equal(2, exit);
        Assert.StartsWith("CE.Platform cannot start: Cannot open the PostgreSql database named by ConnectionStrings:Default (Host=127.0.0.1, Port=1, Database=ce)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_written_stops_the_app_with_one_line_naming_the_setting()
    {
        // /proc refuses new folders even to root, who can write to any chmod-ed folder.
        var (exit, error) = await RunAppAsync(new() { ["ConnectionStrings__Default"] = "Data Source=/proc/ce-platform-data/app.db" });

        Assert.Equal(2, exit);
        Assert.StartsWith("CE.Platform cannot start: The folder '/proc/ce-platform-data' (ConnectionStrings:Default) is not writable", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_protection_certificate_that_cannot_be_read_stops_the_app_with_one_line_naming_the_setting()
    {
        var (exit, error) = await RunAppAsync(new() { ["DataProtection__CertificatePath"] = "/nonexistent/keys.pfx" });

        Assert.Equal(2, exit);
        Assert.StartsWith("CE.Platform cannot start: DataProtection:CertificatePath: cannot read the PKCS#12 certificate '/nonexistent/keys.pfx'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RateLimits__AccountFormsPerMinute", "0", "CE.Platform cannot start: RateLimits:AccountFormsPerMinute is 0; it must be 1 or more")]
    [InlineData("Certificates__NumberLookupsPerMinute", "-5", "CE.Platform cannot start: Certificates:NumberLookupsPerMinute is -5; it must be 1 or more")]
    [InlineData("RateLimits__QuizPostsPerMinute", "many", "CE.Platform cannot start: A rate limit is not a valid value")]
    [InlineData("Courses__ImportCheckInterval", "00:00:00", "CE.Platform cannot start: Courses:ImportCheckInterval is 00:00:00; it must be between")]
    [InlineData("Security__SessionEndCheckInterval", "soon", "CE.Platform cannot start: Security:SessionEndCheckInterval is not a valid value")]
    [InlineData("Security__SessionEndCheckInterval", "02:00:00", "CE.Platform cannot start: Security:SessionEndCheckInterval is 02:00:00; it must be between")]
    public async Task A_rate_limit_or_import_check_interval_that_cannot_work_stops_the_app_with_one_line_naming_the_setting(string setting, string value, string expected)
    {
        var (exit, error) = await RunAppAsync(new() { [setting] = value });

        Assert.Equal(2, exit);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_accounts_are_refused_in_production()
    {
        var (exit, error) = await RunAppAsync(new() { ["Seed__DemoAccounts"] = "true" });

        Assert.Equal(2, exit);
        Assert.Contains("Seed:DemoAccounts", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Error)> RunAppAsync(Dictionary<string, string> environment)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("ce-startup-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CE.Platform.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Jobs__SqlitePath"] = Path.Combine(workingDirectory, "hangfire.db");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var errorTask = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            Directory.Delete(workingDirectory, recursive: true);
        }

        return (process.ExitCode, (await errorTask).Trim());
    }
}
