using CE.Platform.Web.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Testing;

/// <summary>
/// The app with a real Hangfire server on its real job storage, and mail through a
/// <see cref="FaultyEmailSender"/>, for tests of jobs that fail halfway.
/// </summary>
public abstract class JobServerAppFixture : AppFixture
{
    public FaultyEmailSender Mail => Factory.Services.GetRequiredService<FaultyEmailSender>();

    protected override IReadOnlyDictionary<string, string?>? Overrides => new Dictionary<string, string?> { ["Jobs:RunServer"] = "true" };

    protected override Action<IServiceCollection>? Services => services => services
        .AddSingleton(sp => new FaultyEmailSender(sp.GetRequiredService<PickupFolderEmailSender>()))
        .AddSingleton<IEmailSender>(sp => sp.GetRequiredService<FaultyEmailSender>());
}

public sealed class SqliteJobServerAppFixture : JobServerAppFixture
{
    protected override string RequiredVariable => "CE_REQUIRE_SQLITE";

    protected override Task<(TestDatabase? Database, string? Unavailable)> CreateDatabaseAsync() =>
        Task.FromResult<(TestDatabase?, string?)>((new SqliteTestDatabase(), null));
}

public sealed class PostgreSqlJobServerAppFixture : JobServerAppFixture
{
    protected override string RequiredVariable => Requirements.RequirePostgresVariable;

    protected override async Task<(TestDatabase? Database, string? Unavailable)> CreateDatabaseAsync() =>
        await PostgreSqlTestDatabase.TryCreateAsync();
}
