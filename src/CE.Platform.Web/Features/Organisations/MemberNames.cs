using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>
/// Keeps <see cref="Membership.MemberName"/> equal to the account's name: a save that adds memberships
/// or renames an account copies the name in the same transaction (every write path goes through a save).
/// </summary>
public sealed record MemberNames(IReadOnlyList<string> UserIds)
{
    public static MemberNames Of(ChangeTracker tracker) => new(
        tracker.Entries<AppUser>().Where(e => e.State == EntityState.Modified && e.Property(u => u.FullName).IsModified).Select(e => e.Entity.Id)
            .Concat(tracker.Entries<Membership>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.UserId))
            .Distinct(StringComparer.Ordinal).ToList());

    public Task ApplyAsync(AppDbContext db, CancellationToken cancellationToken) =>
        UserIds.Count == 0 ? Task.CompletedTask : CopyAsync(db, db.Memberships.Where(m => UserIds.Contains(m.UserId)), cancellationToken);

    /// <summary>Copies the account's name into each of <paramref name="memberships"/> in one statement; returns how many rows it updated.</summary>
    public static Task<int> CopyAsync(AppDbContext db, IQueryable<Membership> memberships, CancellationToken cancellationToken) =>
        memberships.ExecuteUpdateAsync(set => set.SetProperty(m => m.MemberName, m => db.Users.Where(u => u.Id == m.UserId).Select(u => u.FullName).First()), cancellationToken);

    /// <summary>Those of <paramref name="memberships"/> whose kept name is missing or not the account's (compared in the
    /// name collation, so on SQLite a difference of case alone, which does not change the order, is not one).</summary>
    public static IQueryable<Membership> Stale(AppDbContext db, IQueryable<Membership> memberships) =>
        memberships.Where(m => m.MemberName == null || m.MemberName != db.Users.Where(u => u.Id == m.UserId).Select(u => u.FullName).First());
}
