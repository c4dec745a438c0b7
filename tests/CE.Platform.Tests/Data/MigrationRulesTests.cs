using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace CE.Platform.Tests.Data;

/// <summary>Rules every migration of both providers keeps, checked without a database.</summary>
public sealed class MigrationRulesTests
{
    public static TheoryData<string> Providers => [nameof(DatabaseProvider.Sqlite), nameof(DatabaseProvider.PostgreSql)];

    [Theory, MemberData(nameof(Providers))]
    public void Every_model_change_has_a_migration(string provider)
    {
        using var db = DesignTimeContext(provider);

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes without a migration: run dotnet ef migrations add for {db.GetType().Name}.");
    }

    [Theory, MemberData(nameof(Providers))]
    public void No_migration_drops_a_table_or_a_column(string provider)
    {
        using var db = DesignTimeContext(provider);
        var assembly = db.GetService<IMigrationsAssembly>();

        var destructive = assembly.Migrations
            .Select(m => assembly.CreateMigration(m.Value, db.Database.ProviderName!))
            .SelectMany(m => m.UpOperations.Select(op => (Migration: m.GetType().Name, Operation: op)))
            .Where(x => x.Operation is DropTableOperation or DropColumnOperation)
            .Select(x => $"{x.Migration}: {x.Operation.GetType().Name}")
            .ToList();

        Assert.Empty(destructive);
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = DesignTimeContext(nameof(DatabaseProvider.Sqlite));
        using var postgres = DesignTimeContext(nameof(DatabaseProvider.PostgreSql));

        Assert.Equal(Names(sqlite), Names(postgres));
    }

    // Migration ids start with a timestamp; the name after it must match across providers.
    private static IEnumerable<string> Names(AppDbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);

    private static AppDbContext DesignTimeContext(string provider) => provider == nameof(DatabaseProvider.Sqlite)
        ? new SqliteDesignTimeFactory().CreateDbContext([])
        : new PostgreSqlDesignTimeFactory().CreateDbContext([]);
}
