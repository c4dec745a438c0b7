using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Infrastructure.Audit;

/// <summary>A security-relevant action: who did what to what, and when. The app only ever adds these.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? ActorUserId { get; set; }
    public string? ActorEmail { get; set; }
    public required string Action { get; set; }
    public required string Subject { get; set; }
    public string? Details { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasIndex(e => e.AtUtc);
        builder.Property(e => e.Action).HasMaxLength(80);
        builder.Property(e => e.Subject).HasMaxLength(200);
        builder.Property(e => e.ActorEmail).HasMaxLength(256);
        builder.Property(e => e.Details).HasMaxLength(1000);
    }
}
