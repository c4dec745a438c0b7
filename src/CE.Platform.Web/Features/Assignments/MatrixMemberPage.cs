using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// The members one matrix page shows, in name order or overdue first (most overdue cells first, then by name).
/// Overdue first reads the members' kept counts (<see cref="Organisations.Membership.OverdueCells"/>) in the order
/// of their index, so a page costs the same whatever the organisation's size. When time has changed a stored
/// status since the minutely job ran, the kept counts are behind, and the page is read in two parts from the
/// cells overdue now: the members with overdue cells, counted, and then everyone else by name.
/// </summary>
internal sealed class MatrixMemberPage(AppDbContext db)
{
    public const string OverdueFirst = "overdue";

    /// <summary>Members from <paramref name="skip"/> on, <paramref name="take"/> of them (null: all).</summary>
    /// <param name="overdueNow">The cells overdue now when the kept counts are behind them; null when they hold.</param>
    public async Task<List<MatrixMember>> ReadAsync(IQueryable<MatrixMember> members, IQueryable<CellStatusRow>? overdueNow, string sort, int skip, int? take, CancellationToken cancellationToken)
    {
        if (sort != OverdueFirst)
        {
            return await Page(ByName(members), skip, take).ToListAsync(cancellationToken);
        }

        var collation = db.NameCollation;
        if (overdueNow is not { } overdue)
        {
            var byKeptCount = members.OrderByDescending(m => m.OverdueCells).ThenBy(m => EF.Functions.Collate(m.SortName!, collation)).ThenBy(m => m.UserId);
            return await Page(byKeptCount, skip, take).ToListAsync(cancellationToken);
        }

        var counts = overdue.GroupBy(c => c.UserId).Select(g => new { UserId = g.Key, Count = g.Count() });
        var withOverdue = members.Join(counts, m => m.UserId, o => o.UserId, (m, o) => new { Member = m, o.Count })
            .OrderByDescending(x => x.Count).ThenBy(x => EF.Functions.Collate(x.Member.SortName!, collation)).ThenBy(x => x.Member.UserId)
            .Select(x => x.Member);
        var shown = await Page(withOverdue, skip, take).ToListAsync(cancellationToken);
        if (take is { } size && shown.Count == size)
        {
            return shown;
        }

        // The page reaches past the members with overdue cells: the rest follow by name.
        var skipRest = shown.Count > 0 || skip == 0 ? 0 : skip - await withOverdue.CountAsync(cancellationToken);
        var rest = ByName(members.Where(m => !overdue.Any(c => c.UserId == m.UserId)));
        shown.AddRange(await Page(rest, skipRest, take - shown.Count).ToListAsync(cancellationToken));
        return shown;
    }

    // The id last, so equal names keep their order from one page to the next.
    private IQueryable<MatrixMember> ByName(IQueryable<MatrixMember> members)
    {
        var collation = db.NameCollation;
        return members.OrderBy(m => EF.Functions.Collate(m.SortName!, collation)).ThenBy(m => m.UserId);
    }

    private static IQueryable<MatrixMember> Page(IQueryable<MatrixMember> ordered, int skip, int? take) =>
        take is { } size ? ordered.Skip(skip).Take(size) : ordered.Skip(skip);
}
