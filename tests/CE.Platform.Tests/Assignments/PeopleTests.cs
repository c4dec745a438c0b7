using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Assignments;

public abstract class PeopleTests(AppFixture app)
{
    [Fact]
    public async Task An_admin_creates_an_organisation_and_appoints_a_coordinator_who_then_runs_it()
    {
        var (admin, _) = await AccountSteps.SignedInAsync(app, "Learner", "Admin");
        var (_, coordinatorEmail) = await AccountSteps.SignedInAsync(app);
        var name = $"St Elsewhere {Guid.NewGuid():N}"[..24];

        using var created = await admin.SubmitAsync("/admin/organisations", new Dictionary<string, string> { ["Name"] = name }, "main form[action='/admin/organisations']");
        var organisationPath = created.Headers.Location!.OriginalString;
        using var appointed = await admin.SubmitAsync(organisationPath, new Dictionary<string, string> { ["Name"] = "Casey Coordinator", ["Email"] = coordinatorEmail }, "form[action$='/coordinators']");
        using var coordinator = app.NewClient();
        using var _ = await AccountSteps.SignInAsync(coordinator, coordinatorEmail);
        var organisationId = int.Parse(organisationPath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var membersBeforeAccepting = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Memberships.CountAsync(m => m.OrganisationId == organisationId));
        await OrganisationSteps.AcceptInvitationAsync(app, coordinator, coordinatorEmail);
        var list = await coordinator.GetPageAsync("/coordinator");

        Assert.StartsWith("/coordinator/", organisationPath, StringComparison.Ordinal);
        Assert.Equal(0, membersBeforeAccepting);
        Assert.Contains(name, list.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        var page = await coordinator.GetPageAsync(organisationPath);
        Assert.Contains("Coordinator", page.QuerySelector("table")?.TextContent, StringComparison.Ordinal);
        admin.Dispose();
    }

    [Fact]
    public async Task An_invited_person_chooses_a_password_from_the_email_and_signs_in()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var email = AccountSteps.NewEmail("invited");

        using var invited = await coordinator.SubmitAsync($"/coordinator/{organisationId}", new Dictionary<string, string> { ["Name"] = "Ines Invited, RN", ["Email"] = email, ["Unit"] = "ICU" }, "form[action$='/invite']");
        var link = Mailbox.LinkTo(await app.Mailbox.WaitForAsync(email, "on CE.Platform"), "/account/reset-password");
        using var learner = app.NewClient();
        using var chosen = await learner.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = AccountSteps.Password, ["ConfirmPassword"] = AccountSteps.Password });
        using var signedIn = await AccountSteps.SignInAsync(learner, email);

        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        var people = await coordinator.GetPageAsync($"/coordinator/{organisationId}");
        var row = people.QuerySelectorAll("table tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("ICU", row.TextContent, StringComparison.Ordinal);
        coordinator.Dispose();
    }

    [Fact]
    public async Task A_csv_with_bad_rows_reports_each_with_its_line_and_invites_the_good_ones_only()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var good1 = AccountSteps.NewEmail("csv");
        var good2 = AccountSteps.NewEmail("csv");
        var csv = $"name,email,unit\nAda Good,{good1},Ward 4\nNo Email,,Ward 4\n\"Smith, Jr.\",{good2}\nBad Address,not-an-email\nAda Again,{good1.ToUpperInvariant()}\n";
        var token = await coordinator.AntiforgeryTokenAsync($"/coordinator/{organisationId}");

        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "people.csv" },
        };
        using var response = await coordinator.Http.PostAsync($"/coordinator/{organisationId}/invite-csv", content);
        var page = await coordinator.GetPageAsync($"/coordinator/{organisationId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var problems = page.QuerySelector("[role=alert] pre")?.TextContent ?? "";
        Assert.Contains("line 3:", problems, StringComparison.Ordinal);
        Assert.Contains("line 5: 'not-an-email' is not an email address", problems, StringComparison.Ordinal);
        Assert.Contains("line 6:", problems, StringComparison.Ordinal);
        var members = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Memberships.Where(m => m.OrganisationId == organisationId)
            .Join(sp.GetRequiredService<AppDbContext>().Users, m => m.UserId, u => u.Id, (m, u) => u.FullName).ToListAsync());
        Assert.Equal(["Ada Good", "Smith, Jr.", "Test Person"], members.Order());
        coordinator.Dispose();
    }

    [Fact]
    public async Task A_large_csv_runs_as_a_background_job_whose_progress_the_coordinator_sees()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var lines = Enumerable.Range(0, InvitationUpload.InlineLimit + 5).Select(i => $"Bulk Person {i},{AccountSteps.NewEmail("bulk")}");
        var token = await coordinator.AntiforgeryTokenAsync($"/coordinator/{organisationId}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines))), "file", "many.csv" },
        };

        using var response = await coordinator.Http.PostAsync($"/coordinator/{organisationId}/invite-csv", content);
        var operationPath = response.Headers.Location!.OriginalString;
        var operationId = int.Parse(operationPath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var queued = await coordinator.GetPageAsync(operationPath);
        await app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<BulkInvitationJob>().RunAsync(operationId, default);
            return 0;
        });
        var finished = await coordinator.GetPageAsync(operationPath);

        Assert.Contains("Queued", queued.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(queued.QuerySelector("script[src^='/js/operation-progress.js']"));
        Assert.Null(queued.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Null(finished.QuerySelector("script[src^='/js/operation-progress.js']"));
        Assert.Contains($"Succeeded: {InvitationUpload.InlineLimit + 5} of {InvitationUpload.InlineLimit + 5} done", finished.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(InvitationUpload.InlineLimit + 6, await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Memberships.CountAsync(m => m.OrganisationId == organisationId)));
        coordinator.Dispose();
    }
}

[Collection(Collections.Sqlite)]
public sealed class PeopleTestsOnSqlite(SqliteAppFixture app) : PeopleTests(app);

[Collection(Collections.PostgreSql)]
public sealed class PeopleTestsOnPostgreSql(PostgreSqlAppFixture app) : PeopleTests(app);
