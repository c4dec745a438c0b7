using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// A login the tool started and the platform has not yet answered: its state and nonce. The launch
/// deletes the row, so a state (and with it the nonce) is used once across every instance; rows
/// left behind expire and are swept at the next login.
/// </summary>
public sealed class LtiLoginState
{
    public int Id { get; set; }
    public required string State { get; set; }
    public required string Nonce { get; set; }
    public int RegistrationId { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
}

internal sealed class LtiLoginStateConfiguration : IEntityTypeConfiguration<LtiLoginState>
{
    public void Configure(EntityTypeBuilder<LtiLoginState> builder)
    {
        builder.HasIndex(s => s.State).IsUnique();
        builder.HasIndex(s => s.Nonce).IsUnique();
        builder.HasIndex(s => s.ExpiresAtUtc);
        builder.Property(s => s.State).HasMaxLength(64);
        builder.Property(s => s.Nonce).HasMaxLength(64);
        builder.HasOne<LtiRegistration>().WithMany().HasForeignKey(s => s.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
