using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// One learner × assigned module of an organisation, kept current by <see cref="ComplianceCellUpdater"/>
/// so the matrix reads a row per cell instead of grouping every cycle and reading on each request.
/// It holds the inputs of the status as well as the status, so a status that time alone changes
/// (<see cref="ChangesAtUtc"/>) can be worked out again from the row without the source tables.
/// </summary>
public sealed class ComplianceCell
{
    public int OrganisationId { get; set; }
    public required string UserId { get; set; }
    public int ModuleId { get; set; }

    /// <summary>The member's unit, copied so the kept totals per unit need no join.</summary>
    public int? UnitId { get; set; }

    /// <summary>The earliest open cycle's due date and opening time; null when every cycle is done.</summary>
    public DateOnly? OpenDue { get; set; }

    public DateTime? OpenOpensAtUtc { get; set; }
    public DateTime? LastDoneAtUtc { get; set; }

    /// <summary>The last reading the organisation may see (on or after the member joined).</summary>
    public DateTime? LastReadingAtUtc { get; set; }

    /// <summary>The status when the row was last worked out; it holds until <see cref="ChangesAtUtc"/>.</summary>
    public CellStatus Status { get; set; }

    /// <summary>When time alone changes the status next (the due date passes, a renewal cycle opens).</summary>
    public DateTime? ChangesAtUtc { get; set; }
}

public sealed class ComplianceCellConfiguration : IEntityTypeConfiguration<ComplianceCell>
{
    public void Configure(EntityTypeBuilder<ComplianceCell> builder)
    {
        builder.HasKey(c => new { c.OrganisationId, c.UserId, c.ModuleId });
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.HasIndex(c => new { c.UserId, c.ModuleId });
        builder.HasIndex(c => new { c.OrganisationId, c.ChangesAtUtc });
        // The matrix's filters by status and its overdue-first order (ComplianceCellStatuses.KeptIn).
        builder.HasIndex(c => new { c.OrganisationId, c.Status, c.UserId });
        builder.HasIndex(c => c.ChangesAtUtc);
    }
}
