using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Content.Entities;

/// <summary>An image from a course's assets/ folder, stored once per content (its SHA-256) and never changed.</summary>
public sealed class ContentAsset
{
    public int Id { get; set; }
    public required string Hash { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
}

internal sealed class ContentAssetConfiguration : IEntityTypeConfiguration<ContentAsset>
{
    public void Configure(EntityTypeBuilder<ContentAsset> builder)
    {
        builder.HasIndex(a => a.Hash).IsUnique();
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.Property(a => a.ContentType).HasMaxLength(40);
    }
}
