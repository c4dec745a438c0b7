namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>How much evidence a statistic needs before the report shows it (configuration section "ItemAnalysis").</summary>
public sealed class ItemAnalysisOptions
{
    /// <summary>Below this many draws an item gets no discrimination and no flags: a correlation over fewer is noise.</summary>
    public int MinimumDraws { get; set; } = 10;

    /// <summary>A pair of items counts towards the consistency estimate only when drawn together in at least this many attempts.</summary>
    public int MinimumPairDraws { get; set; } = 10;
}
