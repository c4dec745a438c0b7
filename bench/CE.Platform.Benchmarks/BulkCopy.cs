using System.Text.RegularExpressions;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace CE.Platform.Benchmarks;

/// <summary>
/// Writes entities with PostgreSQL's binary <c>COPY</c>, the columns, types and value conversions read from
/// the EF model (so a new column is copied without touching this file). Integer keys are given by the
/// caller (<see cref="NextIdAsync{T}"/>) so rows can refer to each other before they are written; the
/// identity sequence is moved past them afterwards. About a hundred times faster than SaveChanges at
/// 100,000 learners, which is what makes that size seedable.
/// </summary>
public sealed partial class BulkCopy(AppDbContext db)
{
    private NpgsqlConnection Connection => db.Database.GetDbConnection() as NpgsqlConnection
        ?? throw new InvalidOperationException("The bulk seeding path needs PostgreSQL (binary COPY); use the default seeding on SQLite.");

    /// <summary>Throws unless the database is PostgreSQL; called before anything is written.</summary>
    public void EnsureAvailable() => _ = Connection;

    /// <summary>The first free value of <typeparamref name="T"/>'s integer key.</summary>
    public async Task<int> NextIdAsync<T>(CancellationToken cancellationToken) where T : class
    {
        var table = Table<T>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"{table.GetTableName()}\"", Connection);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Copies <paramref name="rows"/> into <typeparamref name="T"/>'s table; returns how many.</summary>
    public async Task<ulong> WriteAsync<T>(IEnumerable<T> rows, CancellationToken cancellationToken) where T : class
    {
        var table = Table<T>();
        var columns = table.GetProperties().Select(p => p.IsShadowProperty()
            ? throw new InvalidOperationException($"{table.DisplayName()}.{p.Name} is a shadow property; the bulk copy cannot read it.")
            : (Property: p, Name: p.GetColumnName(), Type: StoreType(p), Converter: p.GetTypeMapping().Converter)).ToList();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var copy = $"COPY \"{table.GetTableName()}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        ulong written;
        await using (var writer = await Connection.BeginBinaryImportAsync(copy, cancellationToken))
        {
            foreach (var row in rows)
            {
                await writer.StartRowAsync(cancellationToken);
                foreach (var (property, _, type, converter) in columns)
                {
                    var value = property.GetGetter().GetClrValue(row);
                    value = value is null || converter is null ? value : converter.ConvertToProvider(value);
                    if (value is null)
                    {
                        await writer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await writer.WriteAsync(value, type, cancellationToken);
                    }
                }
            }

            written = await writer.CompleteAsync(cancellationToken);
        }

        if (table.FindPrimaryKey()?.Properties is [{ ClrType: var key, ValueGenerated: ValueGenerated.OnAdd }] && key == typeof(int))
        {
            // Rows were copied with their ids: the identity must hand out the next one after them.
            await using var command = new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('\"{table.GetTableName()}\"', 'Id'), (SELECT MAX(\"Id\") FROM \"{table.GetTableName()}\"))", Connection);
            await command.ExecuteScalarAsync(cancellationToken);
        }

        return written;
    }

    private IEntityType Table<T>() => db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");

    // Npgsql names types without their modifiers: "character varying(100)" is written as "character varying".
    private static string StoreType(IProperty property) => Modifiers().Replace(property.GetColumnType(), "");

    [GeneratedRegex(@"\([0-9, ]*\)")]
    private static partial Regex Modifiers();
}
