using System.Net;
using System.Text.Json;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Infrastructure;

public abstract class HealthTests(AppFixture app)
{
    [Fact]
    public async Task Liveness_answers_200_without_touching_dependencies()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_is_200_when_the_database_and_job_storage_answer()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/health/ready");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("jobs").GetString());
    }
}

[Collection(Collections.Sqlite)]
public sealed class HealthTestsOnSqlite(SqliteAppFixture app) : HealthTests(app);

[Collection(Collections.PostgreSql)]
public sealed class HealthTestsOnPostgreSql(PostgreSqlAppFixture app) : HealthTests(app);
