using CE.Platform.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Accounts;

/// <summary>The app with a clock the tests move forward, for rules about how long sessions last.</summary>
public static class ControlledClock
{
    public const string Sqlite = "App on SQLite with a controlled clock";
    public const string PostgreSql = "App on PostgreSQL with a controlled clock";
}

public interface IClockFixture
{
    FixedClock Clock { get; }
}

public sealed class ControlledClockSqliteFixture : AppFixture, IClockFixture
{
    public FixedClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override string RequiredVariable => "CE_REQUIRE_SQLITE";

    protected override Action<IServiceCollection> Services => services => services.AddSingleton<TimeProvider>(Clock);

    protected override Task<(TestDatabase? Database, string? Unavailable)> CreateDatabaseAsync() =>
        Task.FromResult<(TestDatabase?, string?)>((new SqliteTestDatabase(), null));
}

public sealed class ControlledClockPostgreSqlFixture : AppFixture, IClockFixture
{
    public FixedClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override string RequiredVariable => Requirements.RequirePostgresVariable;

    protected override Action<IServiceCollection> Services => services => services.AddSingleton<TimeProvider>(Clock);

    protected override async Task<(TestDatabase? Database, string? Unavailable)> CreateDatabaseAsync() =>
        await PostgreSqlTestDatabase.TryCreateAsync();
}

[CollectionDefinition(ControlledClock.Sqlite)]
public sealed class ControlledClockSqliteCollection : ICollectionFixture<ControlledClockSqliteFixture>;

[CollectionDefinition(ControlledClock.PostgreSql)]
public sealed class ControlledClockPostgreSqlCollection : ICollectionFixture<ControlledClockPostgreSqlFixture>;
