using System.Net;
using CE.Platform.Testing;
using Microsoft.Data.Sqlite;

namespace CE.Platform.Tests.Infrastructure;

public sealed class ReadinessWithoutDatabaseTests
{
    [Fact]
    public async Task Readiness_is_503_when_the_database_file_is_gone()
    {
        await using var database = new SqliteTestDatabase();
        await using var factory = new CePlatformFactory(database);
        using var client = factory.CreateClient();
        using var healthy = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);

        SqliteConnection.ClearAllPools();
        var file = Path.Combine(database.Folder, "app.db");
        File.Delete(file);
        Directory.CreateDirectory(file); // a folder where the file was: SQLite cannot open it
        using var unhealthy = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.DoesNotContain("app.db", await unhealthy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
