namespace CE.Platform.Web.Features.Organisations;

/// <summary>Work too large for one request (a big CSV of invitations, assigning thousands), run as a job with visible progress.</summary>
public sealed class BulkOperation
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Description { get; set; }
    public BulkStatus Status { get; set; }
    public int Total { get; set; }
    public int Done { get; set; }
    public int Failed { get; set; }

    /// <summary>One problem per line (e.g. "line 12: … is not an email address").</summary>
    public string Problems { get; set; } = "";

    /// <summary>What the job needs (JSON), e.g. the rows of an uploaded CSV.</summary>
    public string Payload { get; set; } = "";

    public required string CreatedByUserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
}

public enum BulkStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
