using System.Data.Common;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// The SQL and arithmetic of writing <see cref="ComplianceCell"/> rows and their totals. Plain SQL,
/// the same on SQLite and PostgreSQL, because the writes run beside a save whose tracked changes are
/// not accepted yet (a retried unit replays them), so they cannot go through the change tracker.
/// </summary>
public static class ComplianceCellRows
{
    private const string Columns = "\"OrganisationId\", \"UserId\", \"ModuleId\", \"UnitId\", \"OpenDue\", \"OpenOpensAtUtc\", \"LastDoneAtUtc\", \"LastReadingAtUtc\", \"Status\", \"ChangesAtUtc\"";
    private const int ColumnCount = 10;

    public static string InsertSql(int rows) =>
        $"INSERT INTO \"ComplianceCells\" ({Columns}) VALUES {Placeholders(rows, ColumnCount)}";

    public static IReadOnlyList<DbParameter> Parameters(AppDbContext db, IEnumerable<ComplianceCell> cells) =>
        Parameters(db, cells.SelectMany(c => new object?[]
        {
            c.OrganisationId, c.UserId, c.ModuleId, c.UnitId, c.OpenDue, Utc(c.OpenOpensAtUtc), Utc(c.LastDoneAtUtc), Utc(c.LastReadingAtUtc), (int)c.Status, Utc(c.ChangesAtUtc),
        }));

    public static IReadOnlyList<DbParameter> Parameters(AppDbContext db, IEnumerable<ComplianceTotal> totals) =>
        Parameters(db, totals.SelectMany(t => new object?[] { t.OrganisationId, t.UnitKey, t.ModuleId, (int)t.Status, t.Count }));

    // Untyped parameters, so a null takes its column's type on PostgreSQL (EF would type it as text).
    private static List<DbParameter> Parameters(AppDbContext db, IEnumerable<object?> values)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        return values.Select((value, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"p{i}";
            parameter.Value = value ?? DBNull.Value;
            return parameter;
        }).ToList();
    }

    /// <summary>Adds each row's count to the kept total, creating it at zero first.</summary>
    public static string AdjustTotalsSql(int rows) => $"""
        INSERT INTO "ComplianceTotals" ("OrganisationId", "UnitKey", "ModuleId", "Status", "Count") VALUES {Placeholders(rows, 5)}
        ON CONFLICT ("OrganisationId", "UnitKey", "ModuleId", "Status") DO UPDATE SET "Count" = "ComplianceTotals"."Count" + excluded."Count"
        """;

    /// <summary>What replacing <paramref name="kept"/> by <paramref name="fresh"/> does to the totals, in key order.</summary>
    public static IReadOnlyList<ComplianceTotal> TotalsDelta(IEnumerable<ComplianceCell> kept, IEnumerable<ComplianceCell> fresh) =>
        kept.Select(c => (Cell: c, Sign: -1)).Concat(fresh.Select(c => (Cell: c, Sign: 1)))
            .GroupBy(x => (x.Cell.OrganisationId, UnitKey: x.Cell.UnitId ?? ComplianceTotal.NoUnit, x.Cell.ModuleId, x.Cell.Status))
            .Select(g => new ComplianceTotal { OrganisationId = g.Key.OrganisationId, UnitKey = g.Key.UnitKey, ModuleId = g.Key.ModuleId, Status = g.Key.Status, Count = g.Sum(x => x.Sign) })
            .Where(t => t.Count != 0)
            .OrderBy(t => t.OrganisationId).ThenBy(t => t.UnitKey).ThenBy(t => t.ModuleId).ThenBy(t => t.Status)
            .ToList();

    /// <summary>
    /// The members' kept counts (<see cref="Organisations.Membership.AssignedCells"/>, <see cref="Organisations.Membership.OverdueCells"/>)
    /// that replacing <paramref name="kept"/> by <paramref name="fresh"/> changes, as they are after it.
    /// </summary>
    public static IReadOnlyList<MemberCellCounts> MemberCountsChanged(IEnumerable<ComplianceCell> kept, IEnumerable<ComplianceCell> fresh) =>
        kept.Select(c => (Cell: c, After: false)).Concat(fresh.Select(c => (Cell: c, After: true)))
            .GroupBy(x => (x.Cell.OrganisationId, x.Cell.UserId))
            .Select(g => (Before: Counted(g.Key, g.Where(x => !x.After)), After: Counted(g.Key, g.Where(x => x.After))))
            .Where(member => member.Before != member.After)
            .Select(member => member.After)
            .OrderBy(m => m.OrganisationId).ThenBy(m => m.UserId, StringComparer.Ordinal)
            .ToList();

    private static MemberCellCounts Counted((int OrganisationId, string UserId) member, IEnumerable<(ComplianceCell Cell, bool After)> cells) =>
        new(member.OrganisationId, member.UserId, cells.Count(), cells.Count(x => x.Cell.Status == CellStatus.Overdue));

    public static IReadOnlyList<DbParameter> Parameters(AppDbContext db, IEnumerable<MemberCellCounts> members) =>
        Parameters(db, members.SelectMany(m => new object?[] { m.OrganisationId, m.UserId, m.Assigned, m.Overdue }));

    /// <summary>Sets the members' kept counts; a member who has left has no row to set.</summary>
    public static string SetMemberCountsSql(int rows) => $"""
        UPDATE "Memberships" SET "AssignedCells" = v.column3, "OverdueCells" = v.column4
        FROM (VALUES {Placeholders(rows, 4)}) AS v
        WHERE "Memberships"."OrganisationId" = v.column1 AND "Memberships"."UserId" = v.column2
        """;

    /// <summary>True when the rows are the same cells with the same values, so nothing needs writing.</summary>
    public static bool SameRows(IReadOnlyCollection<ComplianceCell> kept, IReadOnlyCollection<ComplianceCell> fresh) =>
        kept.Count == fresh.Count && kept.Select(Key).Order(StringComparer.Ordinal).SequenceEqual(fresh.Select(Key).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>How many cells are missing, extra, or differ in an input (the stored status aside).</summary>
    public static int DifferingInputs(IEnumerable<ComplianceCell> kept, IEnumerable<ComplianceCell> fresh)
    {
        var keptRows = kept.ToDictionary(CellKey, InputsKey);
        var freshRows = fresh.ToDictionary(CellKey, InputsKey);
        return keptRows.Keys.Union(freshRows.Keys).Count(k => keptRows.GetValueOrDefault(k) != freshRows.GetValueOrDefault(k));
    }

    private static string Key(ComplianceCell c) => $"{CellKey(c)}|{InputsKey(c)}|{(int)c.Status}|{Utc(c.ChangesAtUtc)?.Ticks}";

    private static string CellKey(ComplianceCell c) => $"{c.OrganisationId}|{c.UserId}|{c.ModuleId}";

    // Invariant form: SQLite hands back times without a kind, PostgreSQL with one.
    private static string InputsKey(ComplianceCell c) =>
        $"{c.UnitId}|{c.OpenDue?.DayNumber}|{Utc(c.OpenOpensAtUtc)?.Ticks}|{Utc(c.LastDoneAtUtc)?.Ticks}|{Utc(c.LastReadingAtUtc)?.Ticks}";

    private static DateTime? Utc(DateTime? time) => time is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;

    private static string Placeholders(int rows, int columns) =>
        string.Join(", ", Enumerable.Range(0, rows).Select(r => $"({string.Join(", ", Enumerable.Range(r * columns, columns).Select(i => $"@p{i}"))})"));
}

/// <summary>A member's kept cells in one organisation, and how many of them are stored as overdue.</summary>
public sealed record MemberCellCounts(int OrganisationId, string UserId, int Assigned, int Overdue);
