using System.Threading.Channels;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>
/// Nightly (and on an admin's request): item analysis of every module with scored attempts, over
/// first attempts and over all attempts, in one streamed pass over the attempts; each module's two
/// reports replace the previous ones. Only the columns the analysis needs are read, and each
/// module version's bank is looked up once.
/// </summary>
public sealed class ItemAnalysisJob(AppDbContext db, ModuleVersionCache versions, IOptions<ItemAnalysisOptions> options, TimeProvider clock)
{
    public const string RecurringJobId = "assessments:item-analysis";

    /// <summary>Returns the number of modules analysed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var modules = new Dictionary<int, ModuleTally>();
        var banks = new Dictionary<int, VersionBank>();
        // Reading rows (Npgsql, EF) and parsing and tallying them each take about half the run: on
        // separate threads they overlap, so the run takes the longer of the two, not their sum.
        var rows = Channel.CreateBounded<StoredAttemptRow>(new BoundedChannelOptions(2048) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadAllAsync(rows.Writer, stop.Token), stop.Token);
        try
        {
            await TallyAsync(rows.Reader, modules, banks, cancellationToken);
        }
        finally
        {
            // A failed tally must not leave the reader blocked on a full channel, holding the connection.
            await stop.CancelAsync();
            await reading.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        await StoreAsync(modules, banks, cancellationToken);
        return modules.Count;
    }

    private async Task TallyAsync(ChannelReader<StoredAttemptRow> rows, Dictionary<int, ModuleTally> modules, Dictionary<int, VersionBank> banks,
        CancellationToken cancellationToken)
    {
        await foreach (var row in rows.ReadAllAsync(cancellationToken))
        {
            if (!banks.TryGetValue(row.ModuleVersionId, out var bank))
            {
                var entry = await versions.GetAsync(row.ModuleVersionId, cancellationToken);
                var questions = entry.Snapshot.Module.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
                banks[row.ModuleVersionId] = bank = new VersionBank(entry.Number, questions, new ScoredAttemptReader(questions));
            }

            if (!modules.TryGetValue(row.ModuleId, out var tally))
            {
                modules[row.ModuleId] = tally = new ModuleTally(options.Value);
            }

            tally.Add(bank.Reader.Read(row), row.ModuleVersionId);
        }
    }

    /// <summary>Streams the attempts into the channel; never throws: a failure completes the channel with it, so the tally sees it.</summary>
    private async Task ReadAllAsync(ChannelWriter<StoredAttemptRow> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var row in ScoredAttemptStream.ReadAsync(db, cancellationToken))
            {
                await writer.WriteAsync(row, cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
        }
    }

    private async Task StoreAsync(Dictionary<int, ModuleTally> modules, Dictionary<int, VersionBank> banks,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = modules.Keys.ToList();
        var stored = await db.ItemAnalyses.Where(r => ids.Contains(r.ModuleId)).ToDictionaryAsync(r => (r.ModuleId, r.Scope), cancellationToken);
        foreach (var (moduleId, tally) in modules)
        {
            // Stems and keys from the newest version that has the item: the text the committee would edit.
            var bank = tally.Versions.Select(v => banks[v]).OrderByDescending(b => b.Number)
                .SelectMany(b => b.Questions.Values).DistinctBy(q => q.Id)
                .ToDictionary(q => q.Id, q => new BankItem(q.Id, StemText.Plain(q.Stem), q.Options.Select(o => o.Key).ToList(), q.Answer));
            foreach (var (scope, calculator) in new[] { (ItemAnalysisScope.FirstAttempts, tally.First), (ItemAnalysisScope.AllAttempts, tally.All) })
            {
                if (!stored.TryGetValue((moduleId, scope), out var row))
                {
                    row = new StoredItemAnalysis { ModuleId = moduleId, Scope = scope, PayloadJson = "" };
                    db.ItemAnalyses.Add(row);
                }

                row.ComputedAtUtc = now;
                row.AttemptsCounted = calculator.Attempts;
                row.PayloadJson = StoredItemAnalysis.ToJson(calculator.Result(bank));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record VersionBank(int Number, IReadOnlyDictionary<string, QuestionDefinition> Questions, ScoredAttemptReader Reader);

    private sealed class ModuleTally(ItemAnalysisOptions options)
    {
        public ItemAnalysisCalculator First { get; } = new(options);
        public ItemAnalysisCalculator All { get; } = new(options);
        public HashSet<int> Versions { get; } = [];

        public void Add(ScoredAttempt attempt, int versionId)
        {
            All.Add(attempt);
            if (attempt.IsFirstAttempt)
            {
                First.Add(attempt);
            }

            Versions.Add(versionId);
        }
    }
}
