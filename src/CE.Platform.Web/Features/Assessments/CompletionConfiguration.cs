using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Content.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Assessments;

internal sealed class CompletionConfiguration : IEntityTypeConfiguration<Completion>
{
    public void Configure(EntityTypeBuilder<Completion> builder)
    {
        // Exactly one completion per passing attempt, whatever retries or races happen.
        builder.HasIndex(c => c.AttemptId).IsUnique();
        builder.HasIndex(c => new { c.UserId, c.ModuleId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Module>().WithMany().HasForeignKey(c => c.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ModuleVersion>().WithMany().HasForeignKey(c => c.ModuleVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<QuizAttempt>().WithMany().HasForeignKey(c => c.AttemptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Evaluation).WithOne().HasForeignKey<Evaluation>(e => e.CompletionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.ScorePercent).HasPrecision(5, 2);
        builder.Property(c => c.CreditClaimed).HasPrecision(6, 2);
        builder.Property(c => c.CreditTypeId).HasMaxLength(100);
    }
}

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.HasIndex(e => e.CompletionId).IsUnique();
        builder.HasIndex(e => e.ModuleId);
        builder.Property(e => e.IntendsPracticeChange).HasMaxLength(10);
        builder.Property(e => e.Comments).HasMaxLength(CompleteForm.CommentsMax);
    }
}
