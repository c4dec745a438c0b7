using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Content.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Assessments;

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> builder)
    {
        // A double-clicked "Start" cannot create two attempts with the same number.
        builder.HasIndex(a => new { a.UserId, a.ModuleId, a.Number }).IsUnique();
        // The expiry job looks for open attempts by deadline.
        builder.HasIndex(a => new { a.Status, a.DeadlineUtc });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Module>().WithMany().HasForeignKey(a => a.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ModuleVersion>().WithMany().HasForeignKey(a => a.ModuleVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ScorePercent).HasPrecision(5, 2);
        builder.Property(a => a.Note).HasMaxLength(400);
        builder.Ignore(a => a.Draw);
        builder.Ignore(a => a.Answers);
    }
}
