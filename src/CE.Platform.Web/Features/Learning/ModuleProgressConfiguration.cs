using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Content.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Learning;

internal sealed class ModuleProgressConfiguration : IEntityTypeConfiguration<ModuleProgress>
{
    public void Configure(EntityTypeBuilder<ModuleProgress> builder)
    {
        // One progress record per learner and module, however many tabs race to create it.
        builder.HasIndex(p => new { p.UserId, p.ModuleId }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Module>().WithMany().HasForeignKey(p => p.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ModuleVersion>().WithMany().HasForeignKey(p => p.ModuleVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.SectionsRead).WithOne().HasForeignKey(s => s.ModuleProgressId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.Status);
    }
}

internal sealed class SectionReadConfiguration : IEntityTypeConfiguration<SectionRead>
{
    public void Configure(EntityTypeBuilder<SectionRead> builder)
    {
        builder.HasIndex(s => new { s.ModuleProgressId, s.Anchor }).IsUnique();
        builder.Property(s => s.Anchor).HasMaxLength(100);
    }
}
