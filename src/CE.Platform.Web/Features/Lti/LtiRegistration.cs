using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// An LTI 1.3 platform (an LMS) allowed to launch the tool, as an administrator registered it. Every
/// instance reads it from the database at each login and launch, so a change made on one applies on all.
/// </summary>
public sealed class LtiRegistration
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The platform's issuer (<c>iss</c> of its id_tokens), e.g. https://moodle.hospital.org.</summary>
    public required string Issuer { get; set; }

    /// <summary>The client id the platform gave this tool (the id_token's <c>aud</c>).</summary>
    public required string ClientId { get; set; }

    /// <summary>The deployment ids the platform may launch with, one a line.</summary>
    public required string DeploymentIds { get; set; }

    public required string AuthUrl { get; set; }

    /// <summary>For the client-credentials grant of AGS and NRPS.</summary>
    public required string TokenUrl { get; set; }

    public required string JwksUrl { get; set; }

    /// <summary>Origins (space-separated) of the LMS pages that frame the tool; the issuer's origin when empty.</summary>
    public string? FrameOrigins { get; set; }

    /// <summary>The organisation whose members the platform's users become.</summary>
    public int OrganisationId { get; set; }

    /// <summary>A launch whose email matches a local account signs in as that account. Off by default: the LMS does not prove the address.</summary>
    public bool LinkExistingAccountsByEmail { get; set; }

    public bool Enabled { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public IReadOnlyList<string> Deployments => LtiRegistrationRules.Lines(DeploymentIds);
}

internal sealed class LtiRegistrationConfiguration : IEntityTypeConfiguration<LtiRegistration>
{
    public void Configure(EntityTypeBuilder<LtiRegistration> builder)
    {
        // A platform's issuer and client id name one registration: a launch must find exactly one.
        builder.HasIndex(r => new { r.Issuer, r.ClientId }).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Issuer).HasMaxLength(500);
        builder.Property(r => r.ClientId).HasMaxLength(200);
        builder.Property(r => r.DeploymentIds).HasMaxLength(4000);
        builder.Property(r => r.AuthUrl).HasMaxLength(500);
        builder.Property(r => r.TokenUrl).HasMaxLength(500);
        builder.Property(r => r.JwksUrl).HasMaxLength(500);
        builder.Property(r => r.FrameOrigins).HasMaxLength(1000);
        builder.Ignore(r => r.Deployments);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
