using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Accounts;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(ProfileLimits.FullName).IsRequired();
        builder.Property(u => u.Credential).HasMaxLength(ProfileLimits.Credential);
        builder.Property(u => u.LicenseNumber).HasMaxLength(ProfileLimits.LicenseNumber);
        builder.Property(u => u.LicenseRegion).HasMaxLength(ProfileLimits.LicenseRegion);
        builder.Property(u => u.GivenName).HasMaxLength(ProfileLimits.FullName);
        builder.Property(u => u.FamilyName).HasMaxLength(ProfileLimits.FullName);
        // The nightly clean-up looks for old unconfirmed accounts by creation time.
        builder.HasIndex(u => new { u.EmailConfirmed, u.CreatedAtUtc });
        // EndedSessionsWatcher reads the recent endings every second on every instance.
        builder.HasIndex(u => u.SessionsEndedAtUtc);
    }
}
