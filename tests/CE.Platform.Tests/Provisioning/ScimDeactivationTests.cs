using System.Net;
using System.Text.Json.Nodes;
using CE.Platform.Testing;
using CE.Platform.Tests.Organisations;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Provisioning;

/// <summary>What deactivation does to a person the organisation provisioned, and what reactivation gives back.</summary>
public abstract class ScimDeactivationTests(AppFixture app)
{
    private const string Safety = "ketamine-safety";
    private const string History = "ketamine-history";

    [Fact]
    public async Task Deactivating_ends_the_session_at_the_next_request_stops_assignments_keeps_records_and_reactivating_restores_access()
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        using var scim = await ScimSteps.ClientAsync(app, organisationId);
        var email = AccountSteps.NewEmail("provisioned");
        var (created, user, _) = await scim.SendAsync("POST", "/scim/v2/Users", ScimSteps.User(email));
        Assert.Equal(201, created);
        var id = user!["id"]!.GetValue<string>();
        var userId = await CoordinatorView.UserIdAsync(app, email);
        await app.InScopeAsync(async sp =>
        {
            // Set-up: the provisioned person chose a password (as the reset link lets them), and the organisation assigns two modules.
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            await users.AddPasswordAsync((await users.FindByIdAsync(userId))!, AccountSteps.Password);
            var db = sp.GetRequiredService<AppDbContext>();
            foreach (var slug in new[] { Safety, History })
            {
                var assignment = new Assignment
                {
                    OrganisationId = organisationId, ModuleId = await CoordinatorView.ModuleIdAsync(app, slug), Scope = AssignmentScope.Organisation,
                    DueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), CreatedByUserId = userId, CreatedAtUtc = DateTime.UtcNow,
                };
                db.Assignments.Add(assignment);
                await db.SaveChangesAsync();
                await sp.GetRequiredService<AssignmentExpansion>().ExpandAsync(assignment);
            }

            return 0;
        });
        using var learner = app.NewClient();
        using var signedIn = await AccountSteps.SignInAsync(learner, email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, Safety);
        Assert.Equal(2, await CyclesAsync(organisationId, userId));

        var (deactivated, _, _) = await scim.SendAsync("PATCH", $"/scim/v2/Users/{id}", ScimSteps.Patch("Replace", "active", JsonValue.Create("False")));

        Assert.Equal(200, deactivated);
        using var nextRequest = await learner.GetAsync("/learning");
        Assert.Equal(HttpStatusCode.Redirect, nextRequest.StatusCode);
        Assert.Contains("/account/login", nextRequest.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await CyclesAsync(organisationId, userId));
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Memberships.CountAsync(m => m.OrganisationId == organisationId && m.UserId == userId)));
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Certificates.CountAsync(c => c.Number == certificate.Number)));
        using var refusedSignIn = app.NewClient();
        using var refused = await AccountSteps.SignInAsync(refusedSignIn, email);
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);

        var (reactivated, back, _) = await scim.SendAsync("PATCH", $"/scim/v2/Users/{id}", ScimSteps.Patch("replace", null, new JsonObject { ["active"] = true }));

        Assert.Equal(200, reactivated);
        Assert.Equal("member", back!["urn:ce-platform:scim:schemas:extension:membership:1.0:User"]!["state"]!.GetValue<string>());
        Assert.Equal(2, await CyclesAsync(organisationId, userId));
        // The completion made before deactivation counts again: the account could not be used in between, so its first join date is restored.
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().LearnerAssignments.CountAsync(l => l.OrganisationId == organisationId && l.UserId == userId && l.CompletionId != null)));
        using var again = app.NewClient();
        using var signedInAgain = await AccountSteps.SignInAsync(again, email);
        Assert.Equal(HttpStatusCode.Redirect, signedInAgain.StatusCode);
        using var learning = await again.GetAsync("/learning");
        Assert.Equal(HttpStatusCode.OK, learning.StatusCode);
    }

    [Fact]
    public async Task Provisioning_an_existing_account_outside_the_organisations_domains_only_invites_it_and_shows_nothing()
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        using var scim = await ScimSteps.ClientAsync(app, organisationId);
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        using var _ = learner;

        var (status, user, _) = await scim.SendAsync("POST", "/scim/v2/Users", ScimSteps.User(email));

        Assert.Equal(201, status);
        Assert.Equal("pending", user!["urn:ce-platform:scim:schemas:extension:membership:1.0:User"]!["state"]!.GetValue<string>());
        Assert.Equal("Pat Provisioned", user["displayName"]!.GetValue<string>());
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Memberships.CountAsync(m => m.OrganisationId == organisationId)));
        Assert.Contains("/invitations/", (await app.Mailbox.WaitForAsync(email, "on CE.Platform")).TextBody, StringComparison.Ordinal);
        // The person's own name on their account is theirs: SCIM did not overwrite it.
        Assert.Equal("Test Person", await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == email).Select(u => u.FullName).SingleAsync()));
    }

    private Task<int> CyclesAsync(int organisationId, string userId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().LearnerAssignments.CountAsync(l => l.OrganisationId == organisationId && l.UserId == userId));
}

[Collection(Collections.Sqlite)]
public sealed class SqliteScimDeactivationTests(SqliteAppFixture app) : ScimDeactivationTests(app);

[Collection(Collections.PostgreSql)]
public sealed class PostgreSqlScimDeactivationTests(PostgreSqlAppFixture app) : ScimDeactivationTests(app);
