namespace CE.Platform.Web.Features.Organisations;

/// <summary>A hospital or department whose coordinators assign training to its members.</summary>
public sealed class Organisation
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public List<OrganisationUnit> Units { get; set; } = [];
}

/// <summary>A unit or team inside an organisation, for grouping and filtering.</summary>
public sealed class OrganisationUnit
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
}

/// <summary>A person's place in an organisation; a learner may belong to several organisations.</summary>
public sealed class Membership
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string UserId { get; set; }
    public int? UnitId { get; set; }
    public bool IsCoordinator { get; set; }
    public DateTime JoinedAtUtc { get; set; }

    /// <summary>
    /// The member's name, copied from the account (<see cref="MemberNames"/>) so an organisation's people
    /// are listed by name from one index, without reading every member's account.
    /// </summary>
    public string? MemberName { get; set; }

    /// <summary>
    /// How many of the member's <see cref="Assignments.ComplianceCell"/> rows there are, and how many are stored as
    /// overdue, kept with the cells (<see cref="Assignments.ComplianceCellUpdater"/>) so the matrix's "not assigned"
    /// filter and its overdue-first order read one index instead of counting every member's cells.
    /// </summary>
    public int AssignedCells { get; set; }

    public int OverdueCells { get; set; }
}
