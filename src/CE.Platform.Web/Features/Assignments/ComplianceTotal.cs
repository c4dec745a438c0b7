using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// How many of an organisation's <see cref="ComplianceCell"/> rows are in one unit, module and stored
/// status, adjusted in the same transaction as the cells (<see cref="ComplianceCellUpdater"/>), so the
/// matrix's totals cost the same for 1,000 learners as for 50,000.
/// </summary>
public sealed class ComplianceTotal
{
    /// <summary>Stands for "no unit" in <see cref="UnitKey"/>: a key column cannot be null.</summary>
    public const int NoUnit = 0;

    public int OrganisationId { get; set; }
    public int UnitKey { get; set; }
    public int ModuleId { get; set; }
    public CellStatus Status { get; set; }
    public int Count { get; set; }
}

public sealed class ComplianceTotalConfiguration : IEntityTypeConfiguration<ComplianceTotal>
{
    public void Configure(EntityTypeBuilder<ComplianceTotal> builder) =>
        builder.HasKey(t => new { t.OrganisationId, t.UnitKey, t.ModuleId, t.Status });
}
