using CE.Platform.Web.Features.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Lti;

public enum LtiScorePostStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}

/// <summary>
/// The score of one LTI completion on its way to the LMS's line item: one row per completion (the unique
/// key is what makes it "exactly once"), with each attempt's outcome kept for the admins' page.
/// </summary>
public sealed class LtiScorePost
{
    public int Id { get; set; }
    public int CompletionId { get; set; }
    public int ResourceLinkId { get; set; }
    public LtiScorePostStatus Status { get; set; }
    public int Attempts { get; set; }

    /// <summary>When the sweep may try next; also a lease, moved forward before a post so two instances never send one score twice at once.</summary>
    public DateTime NextAttemptAtUtc { get; set; }

    public int? LastHttpStatus { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
}

internal sealed class LtiScorePostConfiguration : IEntityTypeConfiguration<LtiScorePost>
{
    public void Configure(EntityTypeBuilder<LtiScorePost> builder)
    {
        builder.HasIndex(p => p.CompletionId).IsUnique();
        builder.HasIndex(p => new { p.Status, p.NextAttemptAtUtc });
        builder.Property(p => p.LastError).HasMaxLength(1000);
        builder.HasOne<Completion>().WithMany().HasForeignKey(p => p.CompletionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiResourceLink>().WithMany().HasForeignKey(p => p.ResourceLinkId).OnDelete(DeleteBehavior.Restrict);
    }
}
