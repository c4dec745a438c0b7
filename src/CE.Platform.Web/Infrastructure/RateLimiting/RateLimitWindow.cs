using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Infrastructure.RateLimiting;

/// <summary>
/// One client's current fixed window under one limit ("account-forms:203.0.113.7"), shared by every
/// instance: the window opens at the first request and counts requests until it has lasted a minute.
/// Times are Unix milliseconds so that one SQL statement compares them alike on both databases.
/// </summary>
public sealed class RateLimitWindow
{
    public required string Key { get; set; }
    public long StartedAtUnixMs { get; set; }
    public int Count { get; set; }
}

internal sealed class RateLimitWindowConfiguration : IEntityTypeConfiguration<RateLimitWindow>
{
    public void Configure(EntityTypeBuilder<RateLimitWindow> builder)
    {
        builder.HasKey(w => w.Key);
        builder.Property(w => w.Key).HasMaxLength(RateLimitCounter.MaxKeyLength);
        builder.HasIndex(w => w.StartedAtUnixMs);
    }
}
