using System.Text.Json.Nodes;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>
/// Creates, replaces, patches and deletes an organisation's User resources. Each request is one
/// transaction: a refused request (a <see cref="ScimException"/>) changes nothing. The consent email of a
/// pending invitation is sent after the commit, by <see cref="Invitations"/>, the same as a coordinator's.
/// </summary>
public sealed class ScimUserWrites(AppDbContext db, UserManager<AppUser> users, ScimMemberAccess access, Invitations invitations, ScimUserQuery query, ScimUserJson json, AuditLog audit, TimeProvider clock)
{
    public async Task<JsonObject> CreateAsync(int organisationId, JsonObject body, CancellationToken cancellationToken)
    {
        var values = ScimUserValues.FromJson(body);
        var (scimUser, invitee) = await db.InTransactionAsync(async () =>
        {
            await EnsureUniqueAsync(organisationId, values.UserName, cancellationToken);
            var user = await users.FindByEmailAsync(values.Address);
            var owns = user is null;
            if (user is null)
            {
                user = await CreateAccountAsync(values);
            }
            else if (await db.ScimUsers.AnyAsync(u => u.OrganisationId == organisationId && u.UserId == user.Id, cancellationToken))
            {
                throw ScimException.Uniqueness($"{values.Address} is already provisioned in this organisation under another userName.");
            }
            else
            {
                owns = await access.OwnedByAsync(organisationId, user);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var scimUser = Assign(new ScimUser { Id = Guid.NewGuid().ToString(), OrganisationId = organisationId, UserId = user.Id, UserName = "", UserNameKey = "", OwnsAccount = owns, CreatedAtUtc = now }, values);
            db.ScimUsers.Add(scimUser);
            audit.Record("scim.user-created", user.Email!, $"organisation {organisationId}; {(owns ? "an account of the organisation" : "the person's own account")}; active {values.Active}");
            await db.SaveChangesAsync(cancellationToken);
            var invite = values.Active && await access.ActivateAsync(scimUser, user, cancellationToken);
            if (!values.Active && owns)
            {
                await access.DeactivateAsync(scimUser, user, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return (scimUser, invite ? user : null);
        }, cancellationToken);
        return await AfterAsync(scimUser, invitee, cancellationToken);
    }

    public async Task<JsonObject> ReplaceAsync(int organisationId, string id, JsonObject body, CancellationToken cancellationToken)
    {
        var values = ScimUserValues.FromJson(body);
        return await ChangeAsync(organisationId, id, _ => values, cancellationToken);
    }

    public async Task<JsonObject> PatchAsync(int organisationId, string id, JsonObject body, CancellationToken cancellationToken)
    {
        var operations = ScimPatchOperation.ListFrom(body);
        return await ChangeAsync(organisationId, id, current => ScimUserPatch.Apply(current, operations), cancellationToken);
    }

    /// <summary>Deprovisions: as a deactivation, and the resource goes. The person's records stay with them.</summary>
    public Task DeleteAsync(int organisationId, string id, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async () =>
        {
            var scimUser = await FindAsync(organisationId, id, cancellationToken);
            var user = await users.FindByIdAsync(scimUser.UserId) ?? throw ScimException.NotFound($"User {id}");
            if (scimUser.Active)
            {
                await access.DeactivateAsync(scimUser, user, cancellationToken);
            }

            db.ScimUsers.Remove(scimUser);
            audit.Record("scim.user-deleted", user.Email ?? user.Id, $"organisation {organisationId}");
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    private async Task<JsonObject> ChangeAsync(int organisationId, string id, Func<ScimUserValues, ScimUserValues> change, CancellationToken cancellationToken)
    {
        var (scimUser, invitee) = await db.InTransactionAsync(async () =>
        {
            var scimUser = await FindAsync(organisationId, id, cancellationToken);
            var before = ValuesOf(scimUser);
            var after = change(before);
            if (!after.UserName.Equals(before.UserName, StringComparison.OrdinalIgnoreCase))
            {
                await EnsureUniqueAsync(organisationId, after.UserName, cancellationToken);
            }

            var user = await users.FindByIdAsync(scimUser.UserId) ?? throw ScimException.NotFound($"User {id}");
            Assign(scimUser, after);
            if (scimUser.OwnsAccount)
            {
                await FollowRecordAsync(organisationId, user, after);
            }

            var invite = false;
            if (after.Active != before.Active)
            {
                audit.Record(after.Active ? "scim.user-reactivated" : "scim.user-deactivated", user.Email ?? user.Id, $"organisation {organisationId}");
                invite = after.Active ? await access.ActivateAsync(scimUser, user, cancellationToken) : await DeactivatedAsync(scimUser, user, cancellationToken);
            }

            audit.Record("scim.user-updated", user.Email ?? user.Id, $"organisation {organisationId}");
            await db.SaveChangesAsync(cancellationToken);
            return (scimUser, invite ? user : null);
        }, cancellationToken);
        return await AfterAsync(scimUser, invitee, cancellationToken);
    }

    /// <summary>
    /// The organisation's own account prints the name and signs in with the address its HR system holds
    /// (a change of name after marriage moves both); a person's own account keeps theirs.
    /// </summary>
    private async Task FollowRecordAsync(int organisationId, AppUser user, ScimUserValues record)
    {
        var previousAddress = user.Email;
        var addressChanged = !string.Equals(previousAddress, record.Address, StringComparison.OrdinalIgnoreCase);
        if (user.FullName == record.FullName && !addressChanged)
        {
            return;
        }

        if (addressChanged && await users.FindByEmailAsync(record.Address) is { } holder && holder.Id != user.Id)
        {
            throw ScimException.Uniqueness($"{record.Address} is the sign-in address of another account; the user was not changed.");
        }

        user.FullName = record.FullName;
        user.Email = user.UserName = record.Address;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            throw ScimException.InvalidValue(string.Join(" ", updated.Errors.Select(e => e.Description)));
        }

        if (addressChanged)
        {
            audit.Record("scim.user-address-changed", record.Address, $"organisation {organisationId}: was {previousAddress}");
        }
    }

    private async Task<bool> DeactivatedAsync(ScimUser scimUser, AppUser user, CancellationToken cancellationToken)
    {
        await access.DeactivateAsync(scimUser, user, cancellationToken);
        return false;
    }

    private async Task<JsonObject> AfterAsync(ScimUser scimUser, AppUser? invitee, CancellationToken cancellationToken)
    {
        if (invitee is not null)
        {
            var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == scimUser.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
            var unit = await db.OrganisationUnits.AsNoTracking().Where(u => u.Id == scimUser.UnitId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken);
            await invitations.InviteAsync(scimUser.OrganisationId, organisation, new InvitationRow(0, ValuesOf(scimUser).FullName, invitee.Email!, unit), null, cancellationToken: cancellationToken);
        }

        return json.Render(scimUser, await query.StateAsync(scimUser, cancellationToken));
    }

    private async Task<ScimUser> FindAsync(int organisationId, string id, CancellationToken cancellationToken) =>
        await db.ScimUsers.SingleOrDefaultAsync(u => u.OrganisationId == organisationId && u.Id == id, cancellationToken) ?? throw ScimException.NotFound($"User {id}");

    private async Task EnsureUniqueAsync(int organisationId, string userName, CancellationToken cancellationToken)
    {
        var key = userName.ToUpperInvariant();
        if (await db.ScimUsers.AnyAsync(u => u.OrganisationId == organisationId && u.UserNameKey == key, cancellationToken))
        {
            throw ScimException.Uniqueness($"userName {userName} is already in use in this organisation.");
        }
    }

    private async Task<AppUser> CreateAccountAsync(ScimUserValues values)
    {
        // Confirmed (the organisation vouches for its own address) and without a password: single sign-on, or a password reset.
        var user = new AppUser { UserName = values.Address, Email = values.Address, EmailConfirmed = true, FullName = values.FullName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw ScimException.InvalidValue(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, Roles.Learner);
        return user;
    }

    private ScimUser Assign(ScimUser target, ScimUserValues values)
    {
        target.UserName = values.UserName;
        target.UserNameKey = values.UserName.ToUpperInvariant();
        target.ExternalId = values.ExternalId;
        target.GivenName = values.GivenName;
        target.FamilyName = values.FamilyName;
        target.DisplayName = values.DisplayName;
        target.Email = values.Email;
        target.Active = values.Active;
        target.ModifiedAtUtc = clock.GetUtcNow().UtcDateTime;
        return target;
    }

    private static ScimUserValues ValuesOf(ScimUser user) => new()
    {
        UserName = user.UserName, ExternalId = user.ExternalId, GivenName = user.GivenName, FamilyName = user.FamilyName,
        DisplayName = user.DisplayName, Email = user.Email, Active = user.Active,
    };
}
