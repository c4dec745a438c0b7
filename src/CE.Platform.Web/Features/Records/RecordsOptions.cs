namespace CE.Platform.Web.Features.Records;

public sealed class RecordsOptions
{
    /// <summary>Learning records are kept at least this long (accreditors expect six years).</summary>
    public int RetentionYears { get; set; } = 6;
}
