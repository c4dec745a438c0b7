using Microsoft.AspNetCore.Mvc.Testing;

namespace CE.Platform.Testing;

/// <summary>
/// Two instances of the app on one PostgreSQL database, as behind a load balancer: <see cref="AppFixture.Factory"/>
/// is the first, <see cref="Second"/> the other, each with its own caches and memory. On SQLite, a
/// single-instance database, both names are the one instance, so the same tests prove it alone.
/// </summary>
public abstract class TwoInstances(DatabaseKind kind) : AppFixture(kind)
{
    private CePlatformFactory? second;

    public bool AreSeparate => Factory.Database.Provider == CE.Platform.Web.Data.DatabaseProvider.PostgreSql;

    /// <summary>The second instance, started on first use, after the first has migrated the database.</summary>
    public CePlatformFactory Second
    {
        get
        {
            if (second is null)
            {
                second = AreSeparate ? new CePlatformFactory(Factory.Database, Overrides, Services) : Factory;
                _ = second.Server;
            }

            return second;
        }
    }

    /// <summary>A browser-like client of the second instance.</summary>
    public AppClient NewClientOfSecond() =>
        new(Second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public override async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (second is not null && second != Factory)
        {
            await second.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}

public sealed class SqliteTwoInstances() : TwoInstances(DatabaseKind.Sqlite);

public sealed class PostgreSqlTwoInstances() : TwoInstances(DatabaseKind.PostgreSql);
