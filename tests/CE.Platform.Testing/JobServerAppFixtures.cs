using CE.Platform.Web.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Testing;

/// <summary>
/// The app with a real Hangfire server on its real job storage, and mail through a
/// <see cref="FaultyEmailSender"/>, for tests of jobs that fail halfway.
/// </summary>
public abstract class JobServerAppFixture(DatabaseKind kind) : AppFixture(kind)
{
    public FaultyEmailSender Mail => Factory.Services.GetRequiredService<FaultyEmailSender>();

    protected override IReadOnlyDictionary<string, string?>? Overrides => CePlatformFactory.EveryJobQueue;

    protected override Action<IServiceCollection>? Services => services => services
        .AddSingleton(sp => new FaultyEmailSender(sp.GetRequiredService<PickupFolderEmailSender>()))
        .AddSingleton<IEmailSender>(sp => sp.GetRequiredService<FaultyEmailSender>());
}

public sealed class SqliteJobServerAppFixture() : JobServerAppFixture(DatabaseKind.Sqlite);

public sealed class PostgreSqlJobServerAppFixture() : JobServerAppFixture(DatabaseKind.PostgreSql);
