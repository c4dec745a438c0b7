using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// A reminder claimed (then sent) under a unique key such as "la:42:due-14", so reruns and
/// parallel workers send each reminder once. A claim never marked sent is taken over after a
/// while: the worker holding it crashed.
/// </summary>
public sealed class SentReminder
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public DateTime ClaimedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
}

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> builder)
    {
        builder.HasIndex(r => r.Key).IsUnique();
        builder.Property(r => r.Key).HasMaxLength(120);
    }
}
