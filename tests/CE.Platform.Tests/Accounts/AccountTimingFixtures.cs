using CE.Platform.Testing;
using CE.Platform.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Accounts;

/// <summary>
/// The app for timing the account forms: mail goes through a sender as slow as a distant SMTP relay,
/// wrong passwords never lock an account (so a wrong password can be timed many times), and the form
/// limit is far above the hundred posts a minute these tests make from one address. Password hashing
/// does half the production work, so the hundred hashes fit in seconds; a check that is skipped
/// still stands out (it is most of an answer's time, far above the tolerance).
/// </summary>
public abstract class AccountTimingFixture(DatabaseKind kind) : AppFixture(kind)
{
    public static readonly TimeSpan SmtpLatency = TimeSpan.FromMilliseconds(100);

    protected override IReadOnlyDictionary<string, string?>? Overrides => new Dictionary<string, string?>
    {
        ["Accounts:LockoutAttempts"] = "1000000",
        ["RateLimits:AccountFormsPerMinute"] = "100000",
        // Queued mail waits: no job competes for the two cores while answers are timed.
        ["Jobs:RunServer"] = "false",
    };

    protected override Action<IServiceCollection>? Services => services => services
        .Configure<PasswordHasherOptions>(options => options.IterationCount = 50_000)
        .AddSingleton(sp => new SlowEmailSender(sp.GetRequiredService<PickupFolderEmailSender>(), SmtpLatency))
        .AddSingleton<IEmailSender>(sp => sp.GetRequiredService<SlowEmailSender>());
}

public sealed class AccountTimingSqliteFixture() : AccountTimingFixture(DatabaseKind.Sqlite);

public sealed class AccountTimingPostgreSqlFixture() : AccountTimingFixture(DatabaseKind.PostgreSql);
