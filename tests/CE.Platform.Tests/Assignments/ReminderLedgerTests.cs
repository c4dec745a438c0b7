using System.Collections.Concurrent;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Assignments;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Assignments;

public abstract class ReminderLedgerTests(AppFixture app)
{
    [Fact]
    public async Task A_run_that_fails_halfway_keeps_what_it_sent_and_the_retry_sends_only_the_rest()
    {
        var prefix = $"test:{Guid.NewGuid():N}:";
        var keys = Enumerable.Range(0, ReminderLedger.ClaimBatch + 120).Select(i => $"{prefix}{i}").ToList();
        var sends = new ConcurrentQueue<string>();
        var failing = $"{prefix}{ReminderLedger.ClaimBatch + ReminderLedger.MarkEvery + 7}";
        var failed = 0;
        List<LedgerItem> Items() => keys.Select(key => new LedgerItem(key, () =>
        {
            if (key == failing && Interlocked.Exchange(ref failed, 1) == 0)
            {
                throw new IOException("mail relay went away");
            }

            sends.Enqueue(key);
            return Task.CompletedTask;
        })).ToList();

        await Assert.ThrowsAsync<IOException>(() => SendAsync(Items()));
        var sentBeforeRetry = sends.Count;
        var retried = await SendAsync(Items());
        var again = await SendAsync(Items());

        Assert.InRange(sentBeforeRetry, ReminderLedger.ClaimBatch, keys.Count - 1); // the first batch went out before the failure
        Assert.Equal(keys.Count - sentBeforeRetry, retried); // the retry sent only what the failed run had not
        Assert.Equal(keys.Order(StringComparer.Ordinal), sends.Order(StringComparer.Ordinal)); // every message exactly once
        Assert.Equal(0, again);
    }

    private Task<int> SendAsync(List<LedgerItem> items) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ReminderLedger>().SendOnceAsync(items, CancellationToken.None));
}

[Collection(Collections.Sqlite)]
public sealed class ReminderLedgerTestsOnSqlite(SqliteAppFixture app) : ReminderLedgerTests(app);

[Collection(Collections.PostgreSql)]
public sealed class ReminderLedgerTestsOnPostgreSql(PostgreSqlAppFixture app) : ReminderLedgerTests(app);
