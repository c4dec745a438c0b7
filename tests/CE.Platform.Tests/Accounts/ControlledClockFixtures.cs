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

public abstract class ControlledClockFixture(DatabaseKind kind) : AppFixture(kind), IClockFixture
{
    public FixedClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override Action<IServiceCollection> Services => services => services.AddSingleton<TimeProvider>(Clock);
}

public sealed class ControlledClockSqliteFixture() : ControlledClockFixture(DatabaseKind.Sqlite);

public sealed class ControlledClockPostgreSqlFixture() : ControlledClockFixture(DatabaseKind.PostgreSql);

[CollectionDefinition(ControlledClock.Sqlite)]
public sealed class ControlledClockSqliteCollection : ICollectionFixture<ControlledClockSqliteFixture>;

[CollectionDefinition(ControlledClock.PostgreSql)]
public sealed class ControlledClockPostgreSqlCollection : ICollectionFixture<ControlledClockPostgreSqlFixture>;
