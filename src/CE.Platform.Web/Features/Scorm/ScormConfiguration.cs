using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Content.Entities;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Scorm;

internal sealed class ScormDispatchConfiguration : IEntityTypeConfiguration<ScormDispatch>
{
    public void Configure(EntityTypeBuilder<ScormDispatch> builder)
    {
        builder.HasIndex(d => d.OrganisationId);
        builder.HasOne<Module>().WithMany().HasForeignKey(d => d.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScormRegistrationConfiguration : IEntityTypeConfiguration<ScormRegistration>
{
    public void Configure(EntityTypeBuilder<ScormRegistration> builder)
    {
        // One account per LMS learner per dispatch, even when two first launches race.
        builder.HasIndex(r => new { r.DispatchId, r.LearnerKey }).IsUnique();
        builder.Property(r => r.LearnerKey).HasMaxLength(ScormLimits.LearnerKeyMax);
        builder.HasOne<ScormDispatch>().WithMany().HasForeignKey(r => r.DispatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScormLaunchConfiguration : IEntityTypeConfiguration<ScormLaunch>
{
    public void Configure(EntityTypeBuilder<ScormLaunch> builder)
    {
        builder.Property(l => l.Id).HasMaxLength(32);
        builder.Property(l => l.Origin).HasMaxLength(200);
        builder.Property(l => l.BindingHash).HasMaxLength(64);
        builder.HasIndex(l => l.RegistrationId);
        builder.HasOne<ScormRegistration>().WithMany().HasForeignKey(l => l.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
