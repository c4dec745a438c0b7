using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>
/// Deletes a person's account by removing everything that identifies them from it, while their
/// completions, scores, evaluations and certificates stay for the provider's six-year record (the
/// certificate keeps the name as printed, so its verification link keeps answering).
/// </summary>
public sealed class AccountAnonymiser(AppDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider clock)
{
    public Task<bool> AnonymiseAsync(string userId, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(() => AnonymiseInTransactionAsync(userId, cancellationToken), cancellationToken);

    private async Task<bool> AnonymiseInTransactionAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.AnonymisedAtUtc is not null)
        {
            return false;
        }

        var placeholder = $"deleted-{user.Id}@anonymised.invalid";
        var originalEmail = user.Email;
        user.Email = user.UserName = placeholder;
        user.NormalizedEmail = user.NormalizedUserName = placeholder.ToUpperInvariant();
        user.EmailConfirmed = false;
        user.FullName = "Deleted account";
        user.Credential = user.LicenseNumber = user.LicenseRegion = user.GivenName = user.FamilyName = user.PhoneNumber = null;
        user.BirthMonth = user.BirthDay = null;
        user.ReportToBoards = false;
        user.PasswordHash = null;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        user.AnonymisedAtUtc = clock.GetUtcNow().UtcDateTime;
        // A new stamp ends every session of the account within the validation interval.
        user.SecurityStamp = Guid.NewGuid().ToString();
        await db.Memberships.Where(m => m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        // A bulk delete passes the change tracker by, so the compliance cells are refreshed here.
        await Assignments.ComplianceCellUpdater.RefreshAsync(db, [userId], clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.MembershipInvitations.Where(i => i.UserId == userId && i.Status == Organisations.InvitationStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, Organisations.InvitationStatus.Revoked), cancellationToken);
        await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        audit.Record("account.anonymised", user.Id, $"was {originalEmail}");
        await users.UpdateAsync(user);
        return true;
    }
}
