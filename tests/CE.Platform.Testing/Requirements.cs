using Xunit;

namespace CE.Platform.Testing;

/// <summary>
/// What a suite needs from the machine. Missing → the test is skipped with the reason, unless
/// the environment says it is required (as .ci/run does), in which case it fails.
/// </summary>
public static class Requirements
{
    /// <summary>An Npgsql connection string to a server where the tests may create and drop databases.</summary>
    public const string PostgresVariable = "CE_TEST_POSTGRES";
    public const string RequirePostgresVariable = "CE_REQUIRE_POSTGRES";
    public const string RequireBrowserVariable = "CE_REQUIRE_BROWSER";
    public const string ChromiumVariable = "CE_CHROMIUM";

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static string ChromiumPath => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Skips the current test, or fails it when <paramref name="requiredVariable"/> is 1.</summary>
    public static void Unavailable(string requiredVariable, string reason)
    {
        if (Environment.GetEnvironmentVariable(requiredVariable) == "1")
        {
            Assert.Fail($"{reason} — and {requiredVariable}=1 says this suite must run.");
        }

        // Shown in dotnet test's normal output (diagnosticMessages in xunit.runner.json), so the reason is visible.
        TestContext.Current.SendDiagnosticMessage($"Skipped: {reason}");
        Assert.Skip(reason);
    }
}
