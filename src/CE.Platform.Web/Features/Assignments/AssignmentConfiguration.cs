using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Content.Entities;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Assignments;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.HasIndex(a => a.OrganisationId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Module>().WithMany().HasForeignKey(a => a.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Scope).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class LearnerAssignmentConfiguration : IEntityTypeConfiguration<LearnerAssignment>
{
    public void Configure(EntityTypeBuilder<LearnerAssignment> builder)
    {
        // One row per learner and cycle, however often an assignment is expanded or retried.
        builder.HasIndex(l => new { l.AssignmentId, l.UserId, l.Cycle }).IsUnique();
        // The matrix and the reminder job read open obligations by organisation and due date.
        builder.HasIndex(l => new { l.OrganisationId, l.ModuleId, l.UserId });
        builder.HasIndex(l => new { l.CompletedAtUtc, l.DueDate });
        builder.HasIndex(l => new { l.UserId, l.ModuleId });
        builder.HasOne<Assignment>().WithMany().HasForeignKey(l => l.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Completion>().WithMany().HasForeignKey(l => l.CompletionId).OnDelete(DeleteBehavior.Restrict);
    }
}
