using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CE.Platform.Testing;

/// <summary>
/// One running app on one database kind, shared by the test classes of a collection. Tests that
/// need the app ask for <see cref="Factory"/>; when the database is not available they are skipped
/// (or failed, where the environment requires the suite).
/// </summary>
public abstract class AppFixture(DatabaseKind kind) : IAsyncLifetime
{
    private TestDatabase? database;
    private string? unavailable;
    private CePlatformFactory? factory;

    protected virtual IReadOnlyDictionary<string, string?>? Overrides => null;

    /// <summary>Extra services for the app under test (e.g. a SQL command counter).</summary>
    protected virtual Action<IServiceCollection>? Services => null;

    public CePlatformFactory Factory
    {
        get
        {
            if (factory is null)
            {
                Requirements.Unavailable(kind.RequiredVariable, unavailable ?? "The app did not start.");
            }

            return factory!;
        }
    }

    /// <summary>True when the database was created and the app started.</summary>
    protected bool IsAvailable => factory is not null;

    public Mailbox Mailbox => new(Factory.MailFolder);

    public virtual async ValueTask InitializeAsync()
    {
        (database, unavailable) = await CreateDatabaseAsync();
        if (database is not null)
        {
            factory = new CePlatformFactory(database, Overrides, Services);
            _ = factory.Server;
        }
    }

    public virtual async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests assert them).</summary>
    public virtual AppClient NewClient() =>
        new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    protected virtual Task<(TestDatabase? Database, string? Unavailable)> CreateDatabaseAsync() => kind.CreateAsync();
}

public sealed class SqliteAppFixture() : AppFixture(DatabaseKind.Sqlite);

public sealed class PostgreSqlAppFixture() : AppFixture(DatabaseKind.PostgreSql);
