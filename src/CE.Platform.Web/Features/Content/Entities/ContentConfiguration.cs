using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Content.Entities;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Slug).HasMaxLength(100);
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.HasMany(c => c.Modules).WithOne(m => m.Course).HasForeignKey(m => m.CourseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ModuleConfiguration : IEntityTypeConfiguration<Module>
{
    public void Configure(EntityTypeBuilder<Module> builder)
    {
        builder.HasIndex(m => m.Slug).IsUnique();
        builder.Property(m => m.Slug).HasMaxLength(100);
        builder.HasMany(m => m.Versions).WithOne(v => v.Module).HasForeignKey(v => v.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.CurrentVersion).WithMany().HasForeignKey(m => m.CurrentVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ModuleVersionConfiguration : IEntityTypeConfiguration<ModuleVersion>
{
    public void Configure(EntityTypeBuilder<ModuleVersion> builder)
    {
        // Two instances importing at once cannot both create version N: the database settles it.
        builder.HasIndex(v => new { v.ModuleId, v.Number }).IsUnique();
        builder.Property(v => v.ContentHash).HasMaxLength(64);
        builder.Property(v => v.Title).HasMaxLength(300);
        builder.Property(v => v.SourcePath).HasMaxLength(400);
        builder.Property(v => v.CreditHours).HasPrecision(6, 2);
    }
}
