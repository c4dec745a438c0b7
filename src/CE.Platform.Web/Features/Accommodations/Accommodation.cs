using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Content.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CE.Platform.Web.Features.Accommodations;

/// <summary>
/// Extra time and/or extra attempts granted to one learner for one module's assessment, with a
/// reason and an optional end date. Applied on the server when an attempt starts.
/// </summary>
public sealed class Accommodation
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public int ModuleId { get; set; }
    public int OrganisationId { get; set; }
    public int ExtraMinutes { get; set; }

    /// <summary>E.g. 1.5 for 50% extra time; 1 means none.</summary>
    public decimal TimeMultiplier { get; set; } = 1m;

    public int ExtraAttempts { get; set; }

    /// <summary>Last day the grant applies; null for no end.</summary>
    public DateOnly? ValidUntil { get; set; }

    public required string Reason { get; set; }
    public required string GrantedByUserId { get; set; }
    public DateTime GrantedAtUtc { get; set; }
}

internal sealed class AccommodationConfiguration : IEntityTypeConfiguration<Accommodation>
{
    public void Configure(EntityTypeBuilder<Accommodation> builder)
    {
        builder.HasIndex(a => new { a.UserId, a.ModuleId });
        builder.HasIndex(a => a.OrganisationId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Module>().WithMany().HasForeignKey(a => a.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.TimeMultiplier).HasPrecision(4, 2);
        builder.Property(a => a.Reason).HasMaxLength(500);
    }
}
