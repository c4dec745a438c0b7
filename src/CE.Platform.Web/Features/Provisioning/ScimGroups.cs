using System.Globalization;
using System.Text.Json.Nodes;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>
/// Groups are the organisation's units. A group's members are SCIM users whose unit it is; a person has one
/// unit at a time, so adding them to a group moves them there (the last write wins) and removing them from a
/// group they are no longer in changes nothing. A member moved into a unit gets its assignments.
/// </summary>
public sealed class ScimGroups(AppDbContext db, AssignmentExpansion expansion, PublicUrls urls, AuditLog audit, TimeProvider clock)
{
    public async Task<JsonObject> GetAsync(int organisationId, string id, bool withMembers, CancellationToken cancellationToken) =>
        await RenderAsync(await FindAsync(organisationId, id, cancellationToken), withMembers, cancellationToken);

    public async Task<JsonObject> ListAsync(int organisationId, string? filter, ScimPage page, bool withMembers, CancellationToken cancellationToken)
    {
        var units = db.OrganisationUnits.AsNoTracking().Where(u => u.OrganisationId == organisationId);
        foreach (var comparison in string.IsNullOrWhiteSpace(filter) ? [] : ScimFilter.Parse(filter).Comparisons)
        {
            var value = comparison.Value;
            units = comparison.Path.Key switch
            {
                "displayname" => units.Where(u => u.Name == value),
                "id" => int.TryParse(value, CultureInfo.InvariantCulture, out var unitId) ? units.Where(u => u.Id == unitId) : units.Where(_ => false),
                _ => throw ScimException.InvalidFilter($"Filtering groups by '{comparison.Path}' is not supported; use displayName or id."),
            };
        }

        var total = await units.CountAsync(cancellationToken);
        var resources = new List<JsonObject>();
        foreach (var unit in await units.OrderBy(u => u.Id).Skip(page.Skip).Take(page.Count).ToListAsync(cancellationToken))
        {
            resources.Add(await RenderAsync(unit, withMembers, cancellationToken));
        }

        return page.Response(total, resources);
    }

    public async Task<JsonObject> CreateAsync(int organisationId, JsonObject body, CancellationToken cancellationToken)
    {
        var values = ScimGroupValues.FromJson(body);
        var unit = await db.InTransactionAsync(async () =>
        {
            if (await db.OrganisationUnits.AnyAsync(u => u.OrganisationId == organisationId && u.Name == values.DisplayName, cancellationToken))
            {
                throw ScimException.Uniqueness($"A group named {values.DisplayName} already exists in this organisation.");
            }

            var unit = new OrganisationUnit { OrganisationId = organisationId, Name = values.DisplayName };
            db.OrganisationUnits.Add(unit);
            audit.Record("scim.group-created", values.DisplayName, $"organisation {organisationId}");
            await db.SaveChangesAsync(cancellationToken);
            await SetMembersAsync(unit, values.MemberIds.ToHashSet(), cancellationToken);
            return unit;
        }, cancellationToken);
        return await RenderAsync(unit, true, cancellationToken);
    }

    public Task<JsonObject> ReplaceAsync(int organisationId, string id, JsonObject body, CancellationToken cancellationToken)
    {
        var values = ScimGroupValues.FromJson(body);
        return ChangeAsync(organisationId, id, _ => new ScimGroupState(values.DisplayName, values.MemberIds.ToHashSet()), cancellationToken);
    }

    public Task<JsonObject> PatchAsync(int organisationId, string id, JsonObject body, CancellationToken cancellationToken)
    {
        var operations = ScimPatchOperation.ListFrom(body);
        return ChangeAsync(organisationId, id, current => ScimGroupPatch.Apply(current, operations), cancellationToken);
    }

    /// <summary>Deletes the unit; its members stay members without a unit. A unit that assignments target stays (409): a coordinator decides about those.</summary>
    public Task DeleteAsync(int organisationId, string id, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async () =>
        {
            var unit = await FindAsync(organisationId, id, cancellationToken);
            if (await db.Assignments.AnyAsync(a => a.UnitId == unit.Id, cancellationToken))
            {
                throw new ScimException(409, null, $"The unit {unit.Name} has assignments; a coordinator must remove them before the group can be deleted.");
            }

            await db.ScimUsers.Where(u => u.UnitId == unit.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.UnitId, (int?)null), cancellationToken);
            var members = await db.Memberships.Where(m => m.UnitId == unit.Id).Select(m => m.UserId).ToListAsync(cancellationToken);
            await db.Memberships.Where(m => m.UnitId == unit.Id).ExecuteUpdateAsync(set => set.SetProperty(m => m.UnitId, (int?)null), cancellationToken);
            // A bulk update passes the change tracker by: the members' compliance cells leave the unit here.
            await ComplianceCellUpdater.RefreshAsync(db, members, clock.GetUtcNow().UtcDateTime, cancellationToken);
            db.OrganisationUnits.Remove(unit);
            audit.Record("scim.group-deleted", unit.Name, $"organisation {organisationId}");
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    private async Task<JsonObject> ChangeAsync(int organisationId, string id, Func<ScimGroupState, ScimGroupState> change, CancellationToken cancellationToken)
    {
        var unit = await db.InTransactionAsync(async () =>
        {
            var unit = await FindAsync(organisationId, id, cancellationToken);
            var current = await db.ScimUsers.Where(u => u.UnitId == unit.Id).Select(u => u.Id).ToListAsync(cancellationToken);
            var after = change(new ScimGroupState(unit.Name, current.ToHashSet()));
            if (after.DisplayName != unit.Name && await db.OrganisationUnits.AnyAsync(u => u.OrganisationId == organisationId && u.Name == after.DisplayName, cancellationToken))
            {
                throw ScimException.Uniqueness($"A group named {after.DisplayName} already exists in this organisation.");
            }

            unit.Name = after.DisplayName;
            audit.Record("scim.group-updated", unit.Name, $"organisation {organisationId}");
            await db.SaveChangesAsync(cancellationToken);
            await SetMembersAsync(unit, after.MemberIds, cancellationToken);
            return unit;
        }, cancellationToken);
        return await RenderAsync(unit, true, cancellationToken);
    }

    /// <summary>Makes the unit's SCIM members exactly <paramref name="memberIds"/>; an id that is not this organisation's user is refused.</summary>
    private async Task SetMembersAsync(OrganisationUnit unit, IReadOnlySet<string> memberIds, CancellationToken cancellationToken)
    {
        var wanted = await db.ScimUsers.Where(u => u.OrganisationId == unit.OrganisationId && memberIds.Contains(u.Id)).ToListAsync(cancellationToken);
        if (wanted.Count != memberIds.Count)
        {
            var unknown = memberIds.Except(wanted.Select(u => u.Id)).First();
            throw ScimException.InvalidValue($"Member {unknown} is not a user of this organisation.");
        }

        var leaving = await db.ScimUsers.Where(u => u.UnitId == unit.Id && !memberIds.Contains(u.Id)).ToListAsync(cancellationToken);
        foreach (var user in leaving)
        {
            user.UnitId = null;
            await MoveMembershipAsync(user, null, cancellationToken);
        }

        foreach (var user in wanted.Where(u => u.UnitId != unit.Id))
        {
            user.UnitId = unit.Id;
            user.ModifiedAtUtc = clock.GetUtcNow().UtcDateTime;
            await MoveMembershipAsync(user, unit.Id, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task MoveMembershipAsync(ScimUser user, int? unitId, CancellationToken cancellationToken)
    {
        await db.MembershipInvitations.Where(i => i.OrganisationId == user.OrganisationId && i.UserId == user.UserId && i.Status == InvitationStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.UnitId, unitId), cancellationToken);
        if (await db.Memberships.SingleOrDefaultAsync(m => m.OrganisationId == user.OrganisationId && m.UserId == user.UserId, cancellationToken) is { } membership)
        {
            membership.UnitId = unitId;
            await db.SaveChangesAsync(cancellationToken);
            await expansion.ForMemberAsync(membership, cancellationToken);
        }
    }

    private async Task<OrganisationUnit> FindAsync(int organisationId, string id, CancellationToken cancellationToken) =>
        (int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId)
            ? await db.OrganisationUnits.SingleOrDefaultAsync(u => u.OrganisationId == organisationId && u.Id == unitId, cancellationToken)
            : null) ?? throw ScimException.NotFound($"Group {id}");

    private async Task<JsonObject> RenderAsync(OrganisationUnit unit, bool withMembers, CancellationToken cancellationToken)
    {
        var id = unit.Id.ToString(CultureInfo.InvariantCulture);
        var group = new JsonObject { ["schemas"] = new JsonArray(ScimSchemas.Group), ["id"] = id, ["displayName"] = unit.Name };
        if (withMembers)
        {
            var members = await db.ScimUsers.AsNoTracking().Where(u => u.UnitId == unit.Id).OrderBy(u => u.UserName).Select(u => new { u.Id, u.UserName }).ToListAsync(cancellationToken);
            group["members"] = new JsonArray([.. members.Select(m => new JsonObject { ["value"] = m.Id, ["display"] = m.UserName, ["$ref"] = urls.For($"/scim/v2/Users/{m.Id}") })]);
        }

        // Units carry no timestamps of their own; the group's meta says where it is.
        group["meta"] = new JsonObject { ["resourceType"] = "Group", ["location"] = urls.For($"/scim/v2/Groups/{id}") };
        return group;
    }
}
