using CE.Platform.Web.Data;

namespace CE.Platform.Testing;

/// <summary>A throw-away database and a folder for the app's files (mail pickup, SQLite job storage).</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    protected TestDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "ce-platform-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public abstract DatabaseProvider Provider { get; }

    public abstract string ConnectionString { get; }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a closing host; the temp folder is cleaned by the OS.
        }

        return ValueTask.CompletedTask;
    }
}

public sealed class SqliteTestDatabase : TestDatabase
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString => $"Data Source={Path.Combine(Folder, "app.db")}";
}
