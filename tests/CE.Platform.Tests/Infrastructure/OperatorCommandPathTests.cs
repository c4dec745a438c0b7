using CE.Platform.Testing;

namespace CE.Platform.Tests.Infrastructure;

/// <summary>
/// The built app run as an operator runs it, from a folder of their own: a relative path in a command is
/// taken from that folder, while the app still finds its own files (appsettings, the shipped courses)
/// next to itself rather than in the folder the command was typed in.
/// </summary>
public sealed class OperatorCommandPathTests
{
    [Fact]
    public async Task A_relative_course_folder_is_read_from_the_directory_the_command_is_typed_in()
    {
        using var courses = new TestCourses();
        await using var database = new SqliteTestDatabase();
        var typedIn = Path.GetDirectoryName(courses.Root)!;

        var (exit, transcript) = await ChildProcess.RunAppInAsync(typedIn, ChildProcess.SettingsFor(database), "courses", "validate", "courses");

        Assert.True(exit == 0, transcript);
        // The private copy holds one module; the shipped course next to the app holds four.
        Assert.Contains("1 course(s), 1 valid module(s)", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_dotnet_run_a_relative_course_folder_is_read_from_the_directory_the_command_is_typed_in()
    {
        using var courses = new TestCourses();
        await using var database = new SqliteTestDatabase();
        var typedIn = Path.GetDirectoryName(courses.Root)!;
        var project = Path.Combine(TestCourses.RepositoryRoot, "src", "CE.Platform.Web");
        // bin/<configuration>/<framework>/: run the web app as built with these tests.
        var configuration = Directory.GetParent(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory))!.Name;
        var environment = ChildProcess.SettingsFor(database).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

        var (exit, transcript) = await ChildProcess.RunAsync(
            "dotnet", ["run", "--no-build", "-c", configuration, "--project", project, "--", "courses", "validate", "courses"], environment, typedIn);

        Assert.True(exit == 0, transcript);
        Assert.Contains("1 course(s), 1 valid module(s)", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_relative_course_folder_is_named_as_a_path_under_the_directory_the_command_is_typed_in()
    {
        await using var database = new SqliteTestDatabase();

        var (exit, transcript) = await ChildProcess.RunAppInAsync(database.Folder, ChildProcess.SettingsFor(database), "courses", "validate", "no-such-courses");

        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine(database.Folder, "no-such-courses")}:0: the courses folder does not exist", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_folder_courses_validate_reads_the_courses_next_to_the_app_wherever_it_is_typed()
    {
        await using var database = new SqliteTestDatabase();

        var (_, transcript) = await ChildProcess.RunAppInAsync(database.Folder, ChildProcess.SettingsFor(database), "courses", "validate");

        Assert.Contains("course(s)", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain(database.Folder, transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_backup_file_is_written_to_the_directory_the_command_is_typed_in()
    {
        await using var database = new SqliteTestDatabase();
        var settings = ChildProcess.SettingsFor(database);
        var (migrated, migrateTranscript) = await ChildProcess.RunAppInAsync(database.Folder, settings, "migrate");
        Assert.True(migrated == 0, migrateTranscript);

        var (exit, transcript) = await ChildProcess.RunAppInAsync(database.Folder, settings, "database", "backup", Path.Combine("backups", "today.db"));

        Assert.True(exit == 0, transcript);
        Assert.True(File.Exists(Path.Combine(database.Folder, "backups", "today.db")), transcript);
    }

    [Fact]
    public async Task Relative_record_and_key_files_are_read_from_the_directory_the_command_is_typed_in()
    {
        await using var database = new SqliteTestDatabase();
        await File.WriteAllTextAsync(Path.Combine(database.Folder, "record.jws"), "not.a.signature", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(database.Folder, "jwks.json"), """{"keys":[]}""", TestContext.Current.CancellationToken);

        var (found, foundTranscript) = await ChildProcess.RunAppInAsync(database.Folder, ChildProcess.SettingsFor(database), "certificates", "verify", "record.jws", "--keys", "jwks.json");
        var (missing, missingTranscript) = await ChildProcess.RunAppInAsync(database.Folder, ChildProcess.SettingsFor(database), "certificates", "verify", "other.jws", "--keys", "jwks.json");

        // Both files were read (no "Cannot read"), and the record was judged on its signature.
        Assert.Equal(1, found);
        Assert.Contains("The signature does NOT verify", foundTranscript, StringComparison.Ordinal);
        Assert.Equal(1, missing);
        Assert.Contains($"Cannot read {Path.Combine(database.Folder, "other.jws")}", missingTranscript, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", missingTranscript, StringComparison.Ordinal);
    }
}
