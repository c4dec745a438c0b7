namespace CE.Platform.Testing;

/// <summary>
/// The app on its own PostgreSQL database, reached through a <see cref="TcpProxy"/> the test can
/// cut and restore. Queries made by the test itself go straight to the server.
/// </summary>
public class ProxiedPostgreSqlAppFixture() : AppFixture(DatabaseKind.PostgreSql)
{
    private TcpProxy? proxy;
    private string? proxiedConnectionString;

    public TcpProxy Proxy => proxy ?? throw new InvalidOperationException("The database was not created.");

    public TestDatabase Database => Factory.Database;

    protected override IReadOnlyDictionary<string, string?>? Overrides =>
        new Dictionary<string, string?> { ["ConnectionStrings:Default"] = proxiedConnectionString, ["Jobs:RunServer"] = RunsJobs ? "true" : "false" };

    /// <summary>Whether the app runs the Hangfire server, or only queues jobs like a web-only instance.</summary>
    protected virtual bool RunsJobs => true;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected override async Task<(TestDatabase? Database, string? Unavailable)> CreateDatabaseAsync()
    {
        var (database, unavailable) = await PostgreSqlTestDatabase.TryCreateAsync();
        if (database is not null)
        {
            (proxy, proxiedConnectionString) = TcpProxy.InFrontOf(database.ConnectionString);
        }

        return (database, unavailable);
    }
}
