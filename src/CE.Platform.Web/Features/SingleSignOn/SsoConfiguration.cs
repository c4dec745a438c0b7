using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.SingleSignOn;

internal sealed class SsoConnectionConfiguration : IEntityTypeConfiguration<SsoConnection>
{
    public void Configure(EntityTypeBuilder<SsoConnection> builder)
    {
        builder.HasIndex(c => c.OrganisationId).IsUnique();
        builder.Property(c => c.Issuer).HasMaxLength(500);
        builder.Property(c => c.ClientId).HasMaxLength(200);
        builder.Property(c => c.ProtectedClientSecret).HasMaxLength(4000);
        builder.Property(c => c.MfaAcrValues).HasMaxLength(500);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SsoDomainConfiguration : IEntityTypeConfiguration<SsoDomain>
{
    public void Configure(EntityTypeBuilder<SsoDomain> builder)
    {
        // One owner per domain: the database settles two admins claiming it at once.
        builder.HasIndex(d => d.Domain).IsUnique();
        builder.HasIndex(d => d.OrganisationId);
        builder.Property(d => d.Domain).HasMaxLength(253);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
