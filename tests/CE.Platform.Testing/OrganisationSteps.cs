using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Testing;

/// <summary>Organisations and their people for tests, set up directly (the behaviour under test is elsewhere).</summary>
public static class OrganisationSteps
{
    public static Task<int> CreateAsync(AppFixture app, string? name = null) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var organisation = new Organisation { Name = name ?? $"Hospital {Guid.NewGuid():N}"[..20], CreatedAtUtc = DateTime.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    });

    /// <summary>Adds an existing account to an organisation (optionally in a unit, optionally as coordinator).</summary>
    public static Task AddAsync(AppFixture app, int organisationId, string email, bool coordinator = false, string? unit = null) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var user = await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        int? unitId = null;
        if (unit is not null)
        {
            var existing = await db.OrganisationUnits.SingleOrDefaultAsync(u => u.OrganisationId == organisationId && u.Name == unit);
            if (existing is null)
            {
                existing = new OrganisationUnit { OrganisationId = organisationId, Name = unit };
                db.OrganisationUnits.Add(existing);
                await db.SaveChangesAsync();
            }

            unitId = existing.Id;
        }

        db.Memberships.Add(new Membership { OrganisationId = organisationId, UserId = user.Id, UnitId = unitId, IsCoordinator = coordinator, JoinedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return 0;
    });

    /// <summary>The coordinator invites <paramref name="email"/> through the organisation page, as a person would.</summary>
    public static Task<HttpResponseMessage> InviteAsync(AppClient coordinator, int organisationId, string email, string? unit = null) =>
        coordinator.SubmitAsync($"/coordinator/{organisationId}", new Dictionary<string, string> { ["Name"] = "Invited Person", ["Email"] = email, ["Unit"] = unit ?? "" }, "form[action$='/invite']");

    /// <summary>The path of the newest invitation link emailed to <paramref name="email"/>.</summary>
    public static async Task<string> InvitationLinkAsync(AppFixture app, string email) =>
        Mailbox.LinkTo(await app.Mailbox.WaitForAsync(email, "on CE.Platform"), "/invitations/");

    /// <summary>The invitee, signed in as <paramref name="learner"/>, accepts the newest invitation emailed to them, sharing the earlier completions of <paramref name="sharedModuleIds"/>.</summary>
    public static async Task AcceptInvitationAsync(AppFixture app, AppClient learner, string email, params int[] sharedModuleIds)
    {
        using var response = await AnswerAsync(learner, await InvitationLinkAsync(app, email), "accept", sharedModuleIds);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Accepting the invitation of {email} answered {(int)response.StatusCode}.");
        }
    }

    /// <summary>Posts "accept" or "decline" to an invitation link (with the caller's antiforgery token), as the page's buttons do.</summary>
    public static Task<HttpResponseMessage> AnswerAsync(AppClient client, string link, string answer, params int[] sharedModuleIds) =>
        PostSharingAsync(client, $"{link}/{answer}", sharedModuleIds);

    /// <summary>The learner's sharing with an organisation becomes exactly <paramref name="sharedModuleIds"/>, as the profile form does.</summary>
    public static Task<HttpResponseMessage> ShareAsync(AppClient learner, int organisationId, params int[] sharedModuleIds) =>
        PostSharingAsync(learner, $"/profile/organisations/{organisationId}/sharing", sharedModuleIds);

    // Checkbox lists post one "share" value per ticked module, which a field dictionary cannot hold.
    private static async Task<HttpResponseMessage> PostSharingAsync(AppClient client, string url, int[] sharedModuleIds)
    {
        var token = await client.AntiforgeryTokenAsync("/profile");
        return await client.PostAsync(url,
            [new("__RequestVerificationToken", token), .. sharedModuleIds.Select(id => new KeyValuePair<string, string>("share", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
    }

    /// <summary>A pending invitation of <paramref name="email"/> to the organisation, stored directly; returns its id.</summary>
    public static Task<int> PendingInvitationAsync(AppFixture app, int organisationId, string email) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var user = await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        var invitation = new MembershipInvitation
        {
            OrganisationId = organisationId, UserId = user.Id, TokenHash = InvitationTokens.Hash(InvitationTokens.NewToken()),
            CreatedAtUtc = DateTime.UtcNow, ExpiresAtUtc = DateTime.UtcNow + InvitationTokens.ValidFor,
        };
        db.MembershipInvitations.Add(invitation);
        await db.SaveChangesAsync();
        return invitation.Id;
    });

    /// <summary>The id of the membership of <paramref name="email"/> in the organisation.</summary>
    public static Task<int> MembershipIdAsync(AppFixture app, int organisationId, string email) => app.InScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().Memberships.Where(m => m.OrganisationId == organisationId)
            .Join(sp.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == email), m => m.UserId, u => u.Id, (m, u) => m.Id).SingleAsync());

    /// <summary>A finished certificate export of the organisation with its file; returns the operation id.</summary>
    public static Task<int> FinishedExportAsync(AppFixture app, int organisationId, string createdByUserId) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var operation = new BulkOperation { OrganisationId = organisationId, Description = "Certificates", CreatedByUserId = createdByUserId, Status = BulkStatus.Succeeded };
        db.BulkOperations.Add(operation);
        await db.SaveChangesAsync();
        db.ExportFiles.Add(new ExportFile { BulkOperationId = operation.Id, FileName = "certificates.zip", ContentType = "application/zip", Content = [1], ExpiresAtUtc = DateTime.UtcNow.AddDays(7) });
        await db.SaveChangesAsync();
        return operation.Id;
    });

    /// <summary>A signed-in coordinator of a new organisation.</summary>
    public static async Task<(AppClient Client, int OrganisationId)> CoordinatorAsync(AppFixture app)
    {
        var organisationId = await CreateAsync(app);
        var (client, email) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Coordinator);
        await AddAsync(app, organisationId, email, coordinator: true);
        return (client, organisationId);
    }
}
