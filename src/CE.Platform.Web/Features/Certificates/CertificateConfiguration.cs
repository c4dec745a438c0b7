using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Certificates;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.VerificationToken).IsUnique();
        // One valid certificate per completion; a reissue supersedes the old one first.
        builder.HasIndex(c => c.CompletionId).IsUnique().HasFilter("\"Status\" = 'Valid'");
        builder.HasIndex(c => c.UserId);
        builder.HasOne<Completion>().WithMany().HasForeignKey(c => c.CompletionId).OnDelete(DeleteBehavior.Restrict);
        // The account may go (anonymised or deleted); the certificate record stays and keeps verifying.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Number).HasMaxLength(20);
        builder.Property(c => c.VerificationToken).HasMaxLength(40);
        builder.Property(c => c.LearnerName).HasMaxLength(ProfileLimits.FullName);
        builder.Property(c => c.CreditHours).HasPrecision(6, 2);
        builder.Property(c => c.RevocationReason).HasMaxLength(500);
        builder.Property(c => c.RevocationCategory).HasMaxLength(60);
    }
}
