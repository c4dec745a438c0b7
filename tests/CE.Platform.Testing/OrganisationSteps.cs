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
