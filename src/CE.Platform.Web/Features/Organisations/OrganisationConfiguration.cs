using CE.Platform.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.HasMany(o => o.Units).WithOne().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationUnit> builder)
    {
        builder.HasIndex(u => new { u.OrganisationId, u.Name }).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(120);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.HasIndex(m => new { m.OrganisationId, m.UserId }).IsUnique();
        builder.HasIndex(m => new { m.OrganisationId, m.MemberName, m.UserId });
        // The matrix's overdue-first order: most overdue cells first, then by name.
        builder.HasIndex(m => new { m.OrganisationId, m.OverdueCells, m.MemberName, m.UserId }).IsDescending(false, true, false, false);
        // The members short of a module (the "not assigned" filter), found without reading the others.
        builder.HasIndex(m => new { m.OrganisationId, m.AssignedCells });
        // Members per unit, counted from the index alone.
        builder.HasIndex(m => new { m.OrganisationId, m.UnitId });
        builder.HasIndex(m => m.UserId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.SetNull);
    }
}
