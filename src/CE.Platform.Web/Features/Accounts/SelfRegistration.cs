using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>
/// Registration from the public form. An address that has an account gets the same answer after
/// the same work as a new one: both paths validate and hash the password, look the address up and
/// save once, and both queue one email; only the email differs.
/// </summary>
public sealed class SelfRegistration(UserManager<AppUser> users, RoleManager<IdentityRole> roles, AppDbContext db, AccountMailQueue mail, AuditLog audit, TimeProvider clock)
{
    /// <summary>Registers <paramref name="form"/>; returns the errors to show, none when the person should check their email.</summary>
    public async Task<IReadOnlyList<IdentityError>> RegisterAsync(RegisterForm form)
    {
        var user = new AppUser
        {
            UserName = form.Email,
            Email = form.Email,
            FullName = form.FullName.Trim(),
            Credential = form.Credential?.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var learner = await roles.FindByNameAsync(Roles.Learner) ?? throw new InvalidOperationException($"The {Roles.Learner} role is missing.");
        // Tracked before CreateAsync, so Identity's one save writes the account, its role and the audit entry together.
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = learner.Id });
        audit.Record("account.registered", form.Email, "self-registration");
        var created = await users.CreateAsync(user, form.Password);
        if (created.Succeeded)
        {
            mail.Enqueue(AccountEmail.Confirmation, form.Email);
            return [];
        }

        // CreateAsync validated and hashed the password and looked the address up before refusing.
        db.ChangeTracker.Clear();
        var errors = created.Errors.Where(e => !TakenAddressCodes.Contains(e.Code)).ToList();
        if (errors.Count == 0)
        {
            await audit.RecordNowAsync("account.registration-repeated", form.Email, "the owner is told by email");
            mail.Enqueue(AccountEmail.AlreadyRegistered, form.Email);
        }

        // Password and name errors show whether or not the address is taken; "taken" itself never does.
        return errors;
    }

    private static readonly HashSet<string> TakenAddressCodes =
        [nameof(IdentityErrorDescriber.DuplicateEmail), nameof(IdentityErrorDescriber.DuplicateUserName)];
}
