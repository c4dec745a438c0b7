namespace CE.Platform.Web.Features.Assignments;

public enum CellStatus
{
    NotAssigned,
    NotStarted,
    InProgress,
    Overdue,
    Completed,
}

/// <summary>One learner × module cell: where they stand in the cycle that matters now.</summary>
public sealed record MatrixCell(CellStatus Status, DateOnly? DueDate, DateTime? CompletedAtUtc, string? CertificateNumber);

public sealed record MatrixRow(string UserId, string Name, string Email, string? Unit, IReadOnlyList<MatrixCell> Cells, string? Accommodations = null)
{
    public int Overdue => Cells.Count(c => c.Status == CellStatus.Overdue);
}

public sealed record MatrixModule(int Id, string Title, int Assigned, int Completed);

public sealed record MatrixUnitTotal(string Unit, int Assigned, int Completed, int Overdue);

public sealed record MatrixFilter(int? UnitId, CellStatus? Status, string Sort = "name", int Page = 1);

public sealed record ComplianceMatrix(IReadOnlyList<MatrixModule> Modules, IReadOnlyList<MatrixRow> Rows, int TotalRows, int Page, int PageSize,
    IReadOnlyList<MatrixUnitTotal> UnitTotals, MatrixFilter Filter)
{
    public int Pages => Math.Max(1, (TotalRows + PageSize - 1) / PageSize);
}
