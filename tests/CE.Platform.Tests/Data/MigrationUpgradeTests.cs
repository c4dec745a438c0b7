using CE.Platform.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CE.Platform.Tests.Data;

/// <summary>An install on the oldest schema, with data in it, upgraded to the newest: nothing is lost.</summary>
public abstract class MigrationUpgradeTests
{
    protected abstract Task<TestDatabase?> CreateDatabaseAsync();

    [Fact]
    public async Task Upgrading_from_the_first_migration_to_the_newest_keeps_every_row()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = database!.CreateContext();
        var migrations = db.Database.GetMigrations().ToList();
        await db.GetService<IMigrator>().MigrateAsync(migrations[0]);
        var id = Guid.NewGuid().ToString();
        var created = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed",
                "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "FullName", "Credential", "CreatedAtUtc")
            VALUES ({id}, 'old@example.org', 'OLD@EXAMPLE.ORG', 'old@example.org', 'OLD@EXAMPLE.ORG', {true},
                {false}, {false}, {true}, {0}, {"Ada Old-Install, MD"}, {"MD"}, {created})
            """);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
        Assert.Equal("Ada Old-Install, MD", user.FullName);
        Assert.Equal("MD", user.Credential);
        Assert.Equal(created, user.CreatedAtUtc);
        Assert.True(user.EmailConfirmed);
    }
}

public sealed class MigrationUpgradeTestsOnSqlite : MigrationUpgradeTests
{
    protected override Task<TestDatabase?> CreateDatabaseAsync() => Task.FromResult<TestDatabase?>(new SqliteTestDatabase());
}

public sealed class MigrationUpgradeTestsOnPostgreSql : MigrationUpgradeTests
{
    protected override async Task<TestDatabase?> CreateDatabaseAsync() =>
        await PostgreSqlTestDatabase.CreateOrSkipAsync();
}
