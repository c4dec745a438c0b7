using CE.Platform.BrowserTests.Pages;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CE.Platform.BrowserTests.Journeys;

/// <summary>A coordinator opens the dashboard from the organisation page, on a laptop and on a phone, by mouse and by keyboard.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class DashboardJourney(LiveSite site)
{
    [Fact]
    public async Task A_coordinator_reads_the_dashboard_charts_and_opens_their_tables_by_keyboard_at_laptop_and_phone_width()
    {
        var coordinatorEmail = await site.CreateAccountAsync("Dana Dashboard, MSN", Roles.Learner, Roles.Coordinator);
        var organisationId = await site.CreateOrganisationAsync("Dashboard Hospital", coordinatorEmail);
        await SeedAsync(organisationId);
        var page = await site.NewPageAsync();
        await LiveSite.RunAsync(page, nameof(A_coordinator_reads_the_dashboard_charts_and_opens_their_tables_by_keyboard_at_laptop_and_phone_width), async () =>
        {
            await new AccountPages(page).SignInAsync(coordinatorEmail, AccountSteps.Password);
            await page.GotoAsync($"/coordinator/{organisationId}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dashboard");
            await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Overdue by unit") })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Completion over time") })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Due in the next 90 days") })).ToBeVisibleAsync();
            await site.ScreenshotAsync(page, "dashboard-1280");

            // Keyboard: the module choice, its button, then each chart's table in reading order; Enter opens one.
            await page.Locator("#module").FocusAsync();
            await page.Keyboard.PressAsync("Tab");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show" })).ToBeFocusedAsync();
            foreach (var summary in new[] { "Timeline as a table", "Units as a table", "Coming due as a table" })
            {
                await page.Keyboard.PressAsync("Tab");
                await Expect(page.Locator("summary", new() { HasText = summary })).ToBeFocusedAsync();
            }

            await page.Keyboard.PressAsync("Enter");
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Cycles due per week" })).ToBeVisibleAsync();
            await page.Locator("summary", new() { HasText = "Units as a table" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Overdue cells per unit" })).ToContainTextAsync("Intensive Care");

            await page.SetViewportSizeAsync(LiveSite.PhoneWidth, 812);
            await page.ReloadAsync();
            await site.ScreenshotAsync(page, "dashboard-375");
        });
    }

    /// <summary>Thirty members in four units (one with a long name) on one module, with a spread of due dates, completions and overdue cycles.</summary>
    private async Task SeedAsync(int organisationId)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (now, today) = (DateTime.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow));
        var moduleId = await db.Modules.Where(m => m.Slug == "ketamine-safety").Select(m => m.Id).SingleAsync();
        var units = new[] { "Emergency", "Paediatric Intensive Care and High Dependency, North Wing", "Theatres", "Outpatients" }
            .Select(name => new OrganisationUnit { OrganisationId = organisationId, Name = name }).ToList();
        db.OrganisationUnits.AddRange(units);
        var users = Enumerable.Range(0, 30).Select(i => new AppUser { UserName = $"{Guid.NewGuid():N}@dash.example.org", Email = $"{Guid.NewGuid():N}@dash.example.org", FullName = $"Learner {i}", CreatedAtUtc = now }).ToList();
        db.Users.AddRange(users);
        var assignment = new Assignment { OrganisationId = organisationId, ModuleId = moduleId, Scope = AssignmentScope.Organisation, DueDate = today, CreatedByUserId = users[0].Id, CreatedAtUtc = now };
        db.Assignments.Add(assignment);
        await db.SaveChangesAsync();
        for (var i = 0; i < users.Count; i++)
        {
            db.Memberships.Add(new Membership { OrganisationId = organisationId, UserId = users[i].Id, UnitId = units[i % 4].Id, JoinedAtUtc = now.AddDays(-300) });
            // Due dates spread from five months ago to ten weeks ahead; most done a week before (Theatres even before a due date to come), every third not done.
            var due = today.AddDays(-150 + i * 8);
            var done = i % 3 != 1 || i % 4 == 2 ? now.AddDays(-157 + i * 8) : (DateTime?)null;
            db.LearnerAssignments.Add(new LearnerAssignment
            {
                AssignmentId = assignment.Id, OrganisationId = organisationId, UserId = users[i].Id, ModuleId = moduleId, Cycle = 1, DueDate = due,
                OpensAtUtc = now.AddDays(-240), CompletedAtUtc = done > now ? (i % 4 == 2 ? now.AddDays(-1) : null) : done,
            });
        }

        await db.SaveChangesAsync();
    }
}
