namespace CE.Platform.Web.Features.Certificates;

/// <summary>Credit of one type, earned on one day.</summary>
public readonly record struct EarnedCredit(DateOnly On, string CreditTypeName, decimal Amount);

/// <summary>Credit added up the ways a licensing board asks for it: per credit type, and per calendar year and type.</summary>
public static class CreditTotals
{
    public static IReadOnlyList<(string CreditTypeName, decimal Total)> ByType(IEnumerable<EarnedCredit> credits) =>
        credits.GroupBy(c => c.CreditTypeName).Select(g => (g.Key, g.Sum(c => c.Amount))).OrderBy(t => t.Key, StringComparer.Ordinal).ToList();

    /// <summary>Year → credit type → total, years in order and types in the same order as <see cref="ByType"/>.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> ByYear(IEnumerable<EarnedCredit> credits) =>
        new SortedDictionary<int, IReadOnlyDictionary<string, decimal>>(credits.GroupBy(c => c.On.Year).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, decimal>)new SortedDictionary<string, decimal>(
                ByType(g).ToDictionary(t => t.CreditTypeName, t => t.Total), StringComparer.Ordinal)));
}
