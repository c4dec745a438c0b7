using CE.Platform.Web.Features.Content.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// A placement of a module in an LMS course, as its last launch described it. It keeps the service
/// endpoints the platform offered (AGS line item, NRPS memberships), so scores and rosters can be
/// exchanged later without a launch in hand.
/// </summary>
public sealed class LtiResourceLink
{
    public int Id { get; set; }
    public int RegistrationId { get; set; }
    public required string DeploymentId { get; set; }
    public required string ResourceLinkId { get; set; }
    public string? ContextId { get; set; }
    public string? ContextTitle { get; set; }
    public int ModuleId { get; set; }

    /// <summary>AGS claim: the line item of this link, the course's line items container and the granted scopes (space-separated).</summary>
    public string? AgsLineItemUrl { get; set; }
    public string? AgsLineItemsUrl { get; set; }
    public string? AgsScopes { get; set; }

    /// <summary>NRPS claim: the context's memberships URL.</summary>
    public string? NrpsMembershipsUrl { get; set; }

    public DateTime LastLaunchAtUtc { get; set; }
}

internal sealed class LtiResourceLinkConfiguration : IEntityTypeConfiguration<LtiResourceLink>
{
    public void Configure(EntityTypeBuilder<LtiResourceLink> builder)
    {
        builder.HasIndex(l => new { l.RegistrationId, l.DeploymentId, l.ResourceLinkId }).IsUnique();
        builder.Property(l => l.DeploymentId).HasMaxLength(255);
        builder.Property(l => l.ResourceLinkId).HasMaxLength(255);
        builder.Property(l => l.ContextId).HasMaxLength(255);
        builder.Property(l => l.ContextTitle).HasMaxLength(500);
        builder.Property(l => l.AgsLineItemUrl).HasMaxLength(1000);
        builder.Property(l => l.AgsLineItemsUrl).HasMaxLength(1000);
        builder.Property(l => l.AgsScopes).HasMaxLength(1000);
        builder.Property(l => l.NrpsMembershipsUrl).HasMaxLength(1000);
        builder.HasOne<LtiRegistration>().WithMany().HasForeignKey(l => l.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Module>().WithMany().HasForeignKey(l => l.ModuleId).OnDelete(DeleteBehavior.Restrict);
    }
}
