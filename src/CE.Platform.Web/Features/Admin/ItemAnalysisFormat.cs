using System.Globalization;

namespace CE.Platform.Web.Features.Admin;

/// <summary>Rates as the item-analysis pages show them.</summary>
public static class ItemAnalysisFormat
{
    public static string Percent(double? rate) => rate is { } r ? (100 * r).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "–";
}
