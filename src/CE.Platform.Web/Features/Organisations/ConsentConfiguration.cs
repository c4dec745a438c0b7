using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Content.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Organisations;

internal sealed class MembershipInvitationConfiguration : IEntityTypeConfiguration<MembershipInvitation>
{
    public void Configure(EntityTypeBuilder<MembershipInvitation> builder)
    {
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.OrganisationId, i.Status });
        builder.HasIndex(i => i.UserId);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MembershipShareConfiguration : IEntityTypeConfiguration<MembershipShare>
{
    public void Configure(EntityTypeBuilder<MembershipShare> builder)
    {
        builder.HasIndex(s => new { s.MembershipId, s.ModuleId }).IsUnique();
        // Ending a membership deletes its shares: consent given to one membership does not carry to a later one.
        builder.HasOne<Membership>().WithMany().HasForeignKey(s => s.MembershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Module>().WithMany().HasForeignKey(s => s.ModuleId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FormerMembershipConfiguration : IEntityTypeConfiguration<FormerMembership>
{
    public void Configure(EntityTypeBuilder<FormerMembership> builder)
    {
        builder.HasIndex(f => new { f.OrganisationId, f.UserId });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
