using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>
/// A file a background job prepared for download (e.g. a zip of certificates). Kept in the
/// database so any instance can serve it; removed by the nightly clean-up after it expires.
/// </summary>
public sealed class ExportFile
{
    public int Id { get; set; }
    public int BulkOperationId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
}

internal sealed class ExportFileConfiguration : IEntityTypeConfiguration<ExportFile>
{
    public void Configure(EntityTypeBuilder<ExportFile> builder)
    {
        builder.HasIndex(f => f.BulkOperationId).IsUnique();
        builder.HasIndex(f => f.ExpiresAtUtc);
        builder.HasOne<BulkOperation>().WithMany().HasForeignKey(f => f.BulkOperationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
    }
}
