using System.Text.RegularExpressions;

namespace CE.Platform.Testing.Cluster;

/// <summary>
/// The release before the newest migration, published from git: the commit on the main line before the one that
/// added the newest PostgreSQL migration (the working tree itself when that migration is not committed yet). It moves
/// on by itself with every new migration. Published once per commit into the temporary folder, as an operator deploys.
/// </summary>
public sealed partial record PreviousRelease(string Commit, string NewestMigration, string Folder)
{
    private const string Migrations = "src/CE.Platform.Web/Data/Migrations/PostgreSql";

    /// <summary>Finds and publishes the previous release; skips (or fails where the cluster suite is required) without git history.</summary>
    public static async Task<PreviousRelease> PublishAsync()
    {
        var root = RepositoryRoot() ?? Unavailable("the tests do not run inside the repository's checkout");
        var newest = MigrationIds(Directory.GetFiles(Path.Combine(root, Migrations)).Select(Path.GetFileName)!).Max(StringComparer.Ordinal)!;
        var added = (await GitAsync(root, "log", "--first-parent", "--diff-filter=A", "--format=%H", "-1", "--", $"{Migrations}/{newest}.cs")).Trim();
        var commit = (await GitAsync(root, "rev-parse", added.Length > 0 ? $"{added}^1" : "HEAD")).Trim();
        var itsNewest = MigrationIds((await GitAsync(root, "ls-tree", "--name-only", commit, $"{Migrations}/")).Split('\n').Select(Path.GetFileName)!)
            .Max(StringComparer.Ordinal) ?? Unavailable($"{commit} has no migrations");

        var folder = Path.Combine(Path.GetTempPath(), "ce-previous-release", commit);
        var published = Path.Combine(folder, "published");
        if (!File.Exists(Path.Combine(published, "CE.Platform.Web.dll")))
        {
            await PublishAsync(root, commit, folder, published);
        }

        return new PreviousRelease(commit, itsNewest, published);
    }

    private static async Task PublishAsync(string root, string commit, string folder, string published)
    {
        var source = Path.Combine(folder, "source");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(source);
        var archive = Path.Combine(folder, "source.tar");
        await GitAsync(root, "archive", "--format=tar", "-o", archive, commit);
        await RunAsync("tar", ["-xf", archive, "-C", source], folder);
        await RunAsync("dotnet", ["publish", Path.Combine(source, "src", "CE.Platform.Web"), "-c", "Release", "-o", published, "-v", "quiet", "-nologo"], source);
    }

    private static IEnumerable<string> MigrationIds(IEnumerable<string> fileNames) =>
        fileNames.Select(name => MigrationFile().Match(name)).Where(m => m.Success).Select(m => m.Groups[1].Value);

    private static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CE.Platform.sln")) && Path.Exists(Path.Combine(folder.FullName, ".git")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    // Any owner's checkout (CI clones as root): git refuses a repository it deems another user's otherwise.
    private static Task<string> GitAsync(string root, params string[] args) => RunAsync("git", ["-c", "safe.directory=*", "-C", root, .. args], root);

    private static async Task<string> RunAsync(string program, IEnumerable<string> args, string folder)
    {
        var (exit, transcript) = await ChildProcess.RunAsync(program, args, new Dictionary<string, string>(), folder, TimeSpan.FromMinutes(5));
        return exit == 0 ? transcript : Unavailable($"`{program} {string.Join(' ', args)}` failed ({exit}): {transcript}");
    }

    private static string Unavailable(string reason)
    {
        Requirements.Unavailable(NginxBalancer.RequireVariable, $"The previous release could not be published: {reason}");
        throw new InvalidOperationException(reason);
    }

    [GeneratedRegex(@"^(\d{14}_\w+)\.cs$")]
    private static partial Regex MigrationFile();
}
