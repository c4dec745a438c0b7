using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Certificates.Signing;

/// <summary>
/// An ECDSA P-256 key that signs certificates. The private half is stored encrypted with the
/// site's Data Protection keys; a retired key no longer signs but stays published, so every
/// certificate it signed keeps verifying.
/// </summary>
public sealed class SigningKey
{
    public int Id { get; set; }
    public required string KeyId { get; set; }
    public required string PublicX { get; set; }
    public required string PublicY { get; set; }
    public required string ProtectedPrivateKey { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? RetiredAtUtc { get; set; }
}

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> builder)
    {
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.Property(k => k.KeyId).HasMaxLength(64);
    }
}
