using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Provisioning;

internal sealed class ScimTokenConfiguration : IEntityTypeConfiguration<ScimToken>
{
    public void Configure(EntityTypeBuilder<ScimToken> builder)
    {
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.OrganisationId);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScimUserConfiguration : IEntityTypeConfiguration<ScimUser>
{
    public void Configure(EntityTypeBuilder<ScimUser> builder)
    {
        builder.Property(u => u.Id).HasMaxLength(36);
        // One resource per person and organisation, one userName per organisation: the database settles races.
        builder.HasIndex(u => new { u.OrganisationId, u.UserId }).IsUnique();
        builder.HasIndex(u => new { u.OrganisationId, u.UserNameKey }).IsUnique();
        builder.HasIndex(u => new { u.OrganisationId, u.ExternalId });
        builder.Property(u => u.UserName).HasMaxLength(256);
        builder.Property(u => u.UserNameKey).HasMaxLength(256);
        builder.Property(u => u.ExternalId).HasMaxLength(256);
        builder.Property(u => u.GivenName).HasMaxLength(ProfileLimits.FullName);
        builder.Property(u => u.FamilyName).HasMaxLength(ProfileLimits.FullName);
        builder.Property(u => u.DisplayName).HasMaxLength(ProfileLimits.FullName);
        builder.Property(u => u.Email).HasMaxLength(256);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.SetNull);
    }
}
