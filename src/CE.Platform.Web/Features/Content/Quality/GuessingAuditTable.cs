using System.Globalization;

namespace CE.Platform.Web.Features.Content.Quality;

/// <summary>The audit as a plain-text table, one line per module and strategy, shares at or above the target marked.</summary>
public static class GuessingAuditTable
{
    public static readonly string Mark = $"<< {Percent(GuessingAudit.Target, 0)} or more";

    /// <summary>0.05 → "5.00%" (invariant; the invariant "P" format puts a space before the sign).</summary>
    public static string Percent(double share, int decimals = 2) =>
        (share * 100).ToString("F" + decimals, CultureInfo.InvariantCulture) + "%";

    public static void Write(IReadOnlyList<ModuleGuessingAudit> audits, TextWriter output)
    {
        var moduleWidth = Math.Max("module".Length, audits.Max(a => a.ModuleId.Length));
        var strategyWidth = Math.Max("strategy".Length, audits.SelectMany(a => a.Strategies).Max(s => s.Strategy.Length));
        output.WriteLine($"{"module".PadRight(moduleWidth)}  {"strategy".PadRight(strategyWidth)}  {"passes",8}  {"95% upper",9}");
        foreach (var audit in audits)
        {
            foreach (var share in audit.Strategies)
            {
                output.WriteLine($"{audit.ModuleId.PadRight(moduleWidth)}  {share.Strategy.PadRight(strategyWidth)}  {Percent(share.Share),8}  {Percent(share.UpperBound),9}  {(share.AtOrAboveTarget ? Mark : "")}".TrimEnd());
            }
        }
    }
}
