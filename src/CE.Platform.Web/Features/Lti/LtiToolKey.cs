using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// An RSA key of the tool (LTI requires RS256): it signs deep-linking responses and, later, the client
/// assertions of AGS and NRPS. The private half is stored protected with Data Protection; a retired key
/// stops signing but stays published at /lti/jwks for a while, so platforms that cached it keep verifying.
/// </summary>
public sealed class LtiToolKey
{
    public int Id { get; set; }
    public required string KeyId { get; set; }
    public required string Modulus { get; set; }
    public required string Exponent { get; set; }
    public required string ProtectedPrivateKey { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? RetiredAtUtc { get; set; }
}

internal sealed class LtiToolKeyConfiguration : IEntityTypeConfiguration<LtiToolKey>
{
    public void Configure(EntityTypeBuilder<LtiToolKey> builder)
    {
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.Property(k => k.KeyId).HasMaxLength(64);
        builder.Property(k => k.Modulus).HasMaxLength(1000);
        builder.Property(k => k.Exponent).HasMaxLength(20);
        builder.Property(k => k.ProtectedPrivateKey).HasMaxLength(8000);
    }
}
