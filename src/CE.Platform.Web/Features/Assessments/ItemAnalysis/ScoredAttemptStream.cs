using System.Data;
using System.Runtime.CompilerServices;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>
/// Every scored attempt (submitted or auto-submitted) as the columns the analysis reads, streamed.
/// EF buffers a whole result set when the provider retries on failure (PostgreSQL here), so 100,000
/// attempts would sit in memory before the first is tallied; the same query, as EF writes it for the
/// provider, is read here straight from the data reader. A failure is not retried: the job is.
/// </summary>
public static class ScoredAttemptStream
{
    public static IQueryable<StoredAttemptRow> Query(AppDbContext db) =>
        db.QuizAttempts.AsNoTracking()
            .Where(a => (a.Status == AttemptStatus.Submitted || a.Status == AttemptStatus.AutoSubmitted) && a.ScorePercent != null)
            .Select(a => new StoredAttemptRow(a.ModuleId, a.ModuleVersionId, a.Number, a.ScorePercent!.Value, a.Passed == true,
                a.DrawJson, a.AnswersJson, a.AnswerTimesJson));

    public static async IAsyncEnumerable<StoredAttemptRow> ReadAsync(AppDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Query(db).ToQueryString();
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                yield return new StoredAttemptRow(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetDecimal(3),
                    !reader.IsDBNull(4) && reader.GetBoolean(4), reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
