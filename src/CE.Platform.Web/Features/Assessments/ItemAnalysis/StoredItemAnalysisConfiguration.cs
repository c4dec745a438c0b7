using CE.Platform.Web.Features.Content.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

internal sealed class StoredItemAnalysisConfiguration : IEntityTypeConfiguration<StoredItemAnalysis>
{
    public void Configure(EntityTypeBuilder<StoredItemAnalysis> builder)
    {
        builder.ToTable("ItemAnalysisReports");
        // One current report per module and scope: two runs racing cannot store two.
        builder.HasIndex(r => new { r.ModuleId, r.Scope }).IsUnique();
        builder.HasOne<Module>().WithMany().HasForeignKey(r => r.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Scope).HasConversion<string>().HasMaxLength(20);
    }
}
