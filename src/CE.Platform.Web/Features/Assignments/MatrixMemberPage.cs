using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// The members one matrix page shows, in name order or overdue first. Overdue first is read in two parts,
/// the members with overdue cells (most first, then by name) and then everyone else by name, so neither part
/// sorts the whole organisation: the first follows the overdue cells, the second reads the name index.
/// </summary>
internal sealed class MatrixMemberPage(AppDbContext db)
{
    public const string OverdueFirst = "overdue";

    /// <summary>Members from <paramref name="skip"/> on, <paramref name="take"/> of them (null: all).</summary>
    public async Task<List<MatrixMember>> ReadAsync(IQueryable<MatrixMember> members, IQueryable<CellStatusRow> overdue, string sort, int skip, int? take, CancellationToken cancellationToken)
    {
        if (sort != OverdueFirst)
        {
            return await Page(ByName(members), skip, take).ToListAsync(cancellationToken);
        }

        var counts = overdue.GroupBy(c => c.UserId).Select(g => new { UserId = g.Key, Count = g.Count() });
        var collation = db.NameCollation;
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
