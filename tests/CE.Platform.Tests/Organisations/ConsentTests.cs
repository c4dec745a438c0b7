using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Organisations;

/// <summary>
/// The consent boundary, tried the way a coordinator who wants someone's records would: invite an
/// existing account by its email and look through every export before, after declining and after
/// accepting; and the invitee's link used wrongly every way it can be.
/// </summary>
public abstract class ConsentTests(AppFixture app)
{
    private const string Safety = "ketamine-safety";
    private const string History = "ketamine-history";

    [Fact]
    public async Task Inviting_an_existing_account_shows_the_coordinator_nothing_of_it_until_it_accepts()
    {
        var coordinator = await CoordinatorAsync();
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, Safety);

        using var invited = await OrganisationSteps.InviteAsync(coordinator.Client, coordinator.OrganisationId, email);
        var people = await coordinator.Client.GetPageAsync($"/coordinator/{coordinator.OrganisationId}");

        Assert.Equal(0, await coordinator.MembersAsync());
        Assert.False(await coordinator.SeesAnywhereAsync(certificate.Number));
        Assert.False(await coordinator.SeesAnywhereAsync(email));
        Assert.Equal(HttpStatusCode.NotFound, await coordinator.CertificateDownloadAsync(certificate.Number));
        var pending = people.QuerySelectorAll("#invitation-list tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Pending", pending.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(certificate.Number, people.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        var zipped = await app.InScopeAsync(sp => sp.GetRequiredService<CertificateArchive>().ZipAsync(coordinator.OrganisationId, null, default));
        Assert.Equal(22, zipped.Length); // An empty zip: only the end-of-central-directory record.
        learner.Dispose();
    }

    [Fact]
    public async Task A_csv_upload_adds_new_addresses_at_once_but_existing_accounts_only_as_pending_invitations()
    {
        var coordinator = await CoordinatorAsync();
        var (learner, existing) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, Safety);
        var fresh = AccountSteps.NewEmail("csv-new");
        var token = await coordinator.Client.AntiforgeryTokenAsync($"/coordinator/{coordinator.OrganisationId}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"Known Person,{existing}\nNew Person,{fresh}\n")), "file", "people.csv" },
        };

        using var uploaded = await coordinator.Client.Http.PostAsync($"/coordinator/{coordinator.OrganisationId}/invite-csv", content);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Equal(1, await coordinator.MembersAsync());
        Assert.Contains(fresh, await coordinator.MatrixAsync(), StringComparison.Ordinal);
        Assert.False(await coordinator.SeesAnywhereAsync(existing));
        Assert.False(await coordinator.SeesAnywhereAsync(certificate.Number));
        Assert.Contains("/invitations/", (await app.Mailbox.WaitForAsync(existing, "on CE.Platform")).TextBody, StringComparison.Ordinal);
        learner.Dispose();
    }

    [Fact]
    public async Task A_declined_invitation_shows_nothing_and_cannot_be_accepted_afterwards()
    {
        var coordinator = await CoordinatorAsync();
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, Safety);
        using var invited = await OrganisationSteps.InviteAsync(coordinator.Client, coordinator.OrganisationId, email);
        var link = await OrganisationSteps.InvitationLinkAsync(app, email);

        using var declined = await OrganisationSteps.AnswerAsync(learner, link, "decline");
        using var acceptedAfter = await OrganisationSteps.AnswerAsync(learner, link, "accept", await CoordinatorView.ModuleIdAsync(app, Safety));
        var page = await AppClient.ParseAsync(acceptedAfter);

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, acceptedAfter.StatusCode);
        Assert.Contains("You declined this invitation", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await coordinator.MembersAsync());
        Assert.False(await coordinator.SeesAnywhereAsync(certificate.Number));
        Assert.Equal(HttpStatusCode.NotFound, await coordinator.CertificateDownloadAsync(certificate.Number));
        var people = await coordinator.Client.GetPageAsync($"/coordinator/{coordinator.OrganisationId}");
        Assert.Contains("Declined", people.QuerySelector("#invitation-list")?.TextContent, StringComparison.Ordinal);
        learner.Dispose();
    }

    [Fact]
    public async Task Earlier_completions_stay_hidden_and_do_not_count_unless_shared_and_then_appear_per_module()
    {
        var coordinator = await CoordinatorAsync();
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        var safety = await CompletionSteps.CompleteAsync(app, learner, Safety);
        var history = await CompletionSteps.CompleteAsync(app, learner, History);
        using var invited = await OrganisationSteps.InviteAsync(coordinator.Client, coordinator.OrganisationId, email);
        await OrganisationSteps.AcceptInvitationAsync(app, learner, email);
        using var assigned = await AssignAsync(coordinator.Client, coordinator.OrganisationId, Safety);

        var matrixBefore = await RowAsync(coordinator, email);
        Assert.DoesNotContain("Completed", matrixBefore, StringComparison.Ordinal);
        Assert.False(await coordinator.SeesAnywhereAsync(safety.Number));
        Assert.False(await coordinator.SeesAnywhereAsync(history.Number));
        Assert.Equal(HttpStatusCode.NotFound, await coordinator.CertificateDownloadAsync(safety.Number));

        using var shared = await OrganisationSteps.ShareAsync(learner, coordinator.OrganisationId, await CoordinatorView.ModuleIdAsync(app, Safety));

        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);
        Assert.Contains(safety.Number, await coordinator.CompletionsCsvAsync(), StringComparison.Ordinal);
        Assert.Contains(safety.Number, await RowAsync(coordinator, email), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await coordinator.CertificateDownloadAsync(safety.Number));
        Assert.False(await coordinator.SeesAnywhereAsync(history.Number));
        Assert.Equal(HttpStatusCode.NotFound, await coordinator.CertificateDownloadAsync(history.Number));

        using var unshared = await OrganisationSteps.ShareAsync(learner, coordinator.OrganisationId);

        Assert.False(await coordinator.SeesAnywhereAsync(safety.Number));
        Assert.DoesNotContain("Completed", await RowAsync(coordinator, email), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await coordinator.CertificateDownloadAsync(safety.Number));
        var audit = await AuditSteps.EntriesAboutAsync(app, await CoordinatorView.UserIdAsync(app, email));
        Assert.Contains(audit, e => e.StartsWith("membership.accepted: ", StringComparison.Ordinal) && e.EndsWith("shared modules: none", StringComparison.Ordinal));
        Assert.Equal(2, audit.Count(e => e.StartsWith("membership.sharing-changed", StringComparison.Ordinal)));
        learner.Dispose();
    }

    [Fact]
    public async Task A_completion_after_joining_is_seen_and_one_shared_when_accepting_is_seen_at_once()
    {
        var coordinator = await CoordinatorAsync();
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        var earlier = await CompletionSteps.CompleteAsync(app, learner, History);
        using var invited = await OrganisationSteps.InviteAsync(coordinator.Client, coordinator.OrganisationId, email);
        await OrganisationSteps.AcceptInvitationAsync(app, learner, email, await CoordinatorView.ModuleIdAsync(app, History));
        var after = await CompletionSteps.CompleteAsync(app, learner, Safety);

        var csv = await coordinator.CompletionsCsvAsync();
        Assert.Contains(earlier.Number, csv, StringComparison.Ordinal);
        Assert.Contains(after.Number, csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await coordinator.CertificateDownloadAsync(after.Number));
        learner.Dispose();
    }

    [Fact]
    public async Task Reading_a_module_before_joining_shows_as_not_started_and_reading_after_as_in_progress()
    {
        var coordinator = await CoordinatorAsync();
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        await ReadFirstSectionAsync(learner, Safety);
        using var invited = await OrganisationSteps.InviteAsync(coordinator.Client, coordinator.OrganisationId, email);
        await OrganisationSteps.AcceptInvitationAsync(app, learner, email);
        using var assigned = await AssignAsync(coordinator.Client, coordinator.OrganisationId, Safety);

        var before = MatrixCsvLine(await coordinator.MatrixCsvAsync(), email);
        await ReadFirstSectionAsync(learner, Safety);
        var after = MatrixCsvLine(await coordinator.MatrixCsvAsync(), email);

        Assert.Contains("not started", before, StringComparison.Ordinal);
        Assert.DoesNotContain("in progress", before, StringComparison.Ordinal);
        Assert.Contains("in progress", after, StringComparison.Ordinal);
        learner.Dispose();
    }

    [Fact]
    public async Task The_licence_number_reaches_the_coordinator_only_when_the_learner_agreed_to_board_reporting()
    {
        var coordinator = await CoordinatorAsync();
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        var licence = $"LIC{Guid.NewGuid():N}"[..12];
        await SetLicenceAsync(email, licence, reportToBoards: false);
        using var invited = await OrganisationSteps.InviteAsync(coordinator.Client, coordinator.OrganisationId, email);
        await OrganisationSteps.AcceptInvitationAsync(app, learner, email);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, Safety);

        var withoutConsent = await coordinator.CompletionsCsvAsync();
        await SetLicenceAsync(email, licence, reportToBoards: true);
        var withConsent = await coordinator.CompletionsCsvAsync();

        Assert.Contains(certificate.Number, withoutConsent, StringComparison.Ordinal);
        Assert.DoesNotContain(licence, withoutConsent, StringComparison.Ordinal);
        Assert.Contains(licence, withConsent, StringComparison.Ordinal);
        learner.Dispose();
    }

    [Fact]
    public async Task A_link_opened_by_another_account_names_the_invited_account_masked_and_changes_nothing()
    {
        var coordinator = await CoordinatorAsync();
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        var (intruder, _) = await AccountSteps.SignedInAsync(app);
        using var invited = await OrganisationSteps.InviteAsync(coordinator.Client, coordinator.OrganisationId, email);
        var link = await OrganisationSteps.InvitationLinkAsync(app, email);

        var shown = await intruder.GetPageAsync(link);
        using var accepted = await OrganisationSteps.AnswerAsync(intruder, link, "accept");
        using var declined = await OrganisationSteps.AnswerAsync(intruder, link, "decline");

        var alert = shown.QuerySelector("[role=alert]")?.TextContent ?? "";
        Assert.Contains($"{email[0]}***@e***.org", alert, StringComparison.Ordinal);
        Assert.DoesNotContain(email, shown.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(shown.QuerySelector("form[action='/account/logout']"));
        Assert.Equal(HttpStatusCode.Conflict, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, declined.StatusCode);
        Assert.Equal(0, await coordinator.MembersAsync());
        await OrganisationSteps.AcceptInvitationAsync(app, learner, email);
        Assert.Equal(1, await coordinator.MembersAsync());
        intruder.Dispose();
        learner.Dispose();
    }

    [Fact]
    public async Task Accepting_twice_joins_once_and_the_second_answer_says_so()
    {
        var coordinator = await CoordinatorAsync();
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        using var invited = await OrganisationSteps.InviteAsync(coordinator.Client, coordinator.OrganisationId, email);
        var link = await OrganisationSteps.InvitationLinkAsync(app, email);

        using var first = await OrganisationSteps.AnswerAsync(learner, link, "accept");
        using var second = await OrganisationSteps.AnswerAsync(learner, link, "accept");
        using var declineAfter = await OrganisationSteps.AnswerAsync(learner, link, "decline");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("already answered", (await AppClient.ParseAsync(second)).QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, declineAfter.StatusCode);
        Assert.Equal(1, await coordinator.MembersAsync());
        var audit = await AuditSteps.EntriesAboutAsync(app, await CoordinatorView.UserIdAsync(app, email));
        Assert.Single(audit, e => e.StartsWith("membership.accepted", StringComparison.Ordinal));
        learner.Dispose();
    }

    [Fact]
    public async Task A_withdrawn_or_expired_invitation_cannot_be_accepted()
    {
        var coordinator = await CoordinatorAsync();
        var (withdrawnLearner, withdrawn) = await AccountSteps.SignedInAsync(app);
        var (expiredLearner, expired) = await AccountSteps.SignedInAsync(app);
        using var invitedWithdrawn = await OrganisationSteps.InviteAsync(coordinator.Client, coordinator.OrganisationId, withdrawn);
        using var invitedExpired = await OrganisationSteps.InviteAsync(coordinator.Client, coordinator.OrganisationId, expired);
        using var revoked = await coordinator.Client.SubmitAsync($"/coordinator/{coordinator.OrganisationId}", new Dictionary<string, string>(), "form[action$='/revoke']");
        var withdrawnId = await CoordinatorView.UserIdAsync(app, withdrawn);
        var revokedWithdrawn = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().MembershipInvitations.AnyAsync(i => i.UserId == withdrawnId && i.Status == InvitationStatus.Revoked));
        var revokedEmail = revokedWithdrawn ? withdrawn : expired;
        var (revokedClient, otherEmail, otherClient) = revokedWithdrawn ? (withdrawnLearner, expired, expiredLearner) : (expiredLearner, withdrawn, withdrawnLearner);
        var otherId = await CoordinatorView.UserIdAsync(app, otherEmail);
        await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().MembershipInvitations.Where(i => i.UserId == otherId)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.ExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1))));

        using var acceptRevoked = await OrganisationSteps.AnswerAsync(revokedClient, await OrganisationSteps.InvitationLinkAsync(app, revokedEmail), "accept");
        using var acceptExpired = await OrganisationSteps.AnswerAsync(otherClient, await OrganisationSteps.InvitationLinkAsync(app, otherEmail), "accept");

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, acceptRevoked.StatusCode);
        Assert.Contains("withdrew this invitation", (await AppClient.ParseAsync(acceptRevoked)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, acceptExpired.StatusCode);
        Assert.Contains("expired", (await AppClient.ParseAsync(acceptExpired)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await coordinator.MembersAsync());
        withdrawnLearner.Dispose();
        expiredLearner.Dispose();
    }

    [Fact]
    public async Task A_former_member_vanishes_from_the_matrix_and_reminders_while_their_transcript_keeps_the_certificate()
    {
        var coordinator = await CoordinatorAsync();
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        await OrganisationSteps.AddAsync(app, coordinator.OrganisationId, email);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, History);
        using var assigned = await AssignAsync(coordinator.Client, coordinator.OrganisationId, Safety, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)));
        Assert.Contains(email, await coordinator.MatrixAsync(), StringComparison.Ordinal);
        var membershipId = await OrganisationSteps.MembershipIdAsync(app, coordinator.OrganisationId, email);

        using var ended = await coordinator.Client.SubmitAsync($"/coordinator/{coordinator.OrganisationId}", new Dictionary<string, string>(), $"form[action$='/memberships/{membershipId}/end']");
        await app.InScopeAsync(sp => sp.GetRequiredService<AssignmentReminderJob>().RunAsync());
        var transcript = await learner.GetPageAsync("/transcript");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.False(await coordinator.SeesAnywhereAsync(email));
        Assert.False(await coordinator.SeesAnywhereAsync(certificate.Number));
        Assert.Equal(HttpStatusCode.NotFound, await coordinator.CertificateDownloadAsync(certificate.Number));
        Assert.DoesNotContain(app.Mailbox.To(email), m => m.Subject!.StartsWith("Reminder:", StringComparison.Ordinal));
        Assert.Contains(certificate.Number, transcript.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        var userId = await CoordinatorView.UserIdAsync(app, email);
        Assert.Contains(await AuditSteps.EntriesAboutAsync(app, userId), e => e.StartsWith("membership.ended", StringComparison.Ordinal));
        Assert.True(await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().FormerMemberships.AnyAsync(f => f.UserId == userId && f.OrganisationId == coordinator.OrganisationId)));
        learner.Dispose();
    }

    [Fact]
    public async Task A_learner_who_leaves_and_rejoins_starts_a_new_joined_date_so_the_time_between_stays_hidden()
    {
        var coordinator = await CoordinatorAsync();
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        using var invited = await OrganisationSteps.InviteAsync(coordinator.Client, coordinator.OrganisationId, email);
        await OrganisationSteps.AcceptInvitationAsync(app, learner, email);
        var whileMember = await CompletionSteps.CompleteAsync(app, learner, History);

        using var left = await learner.SubmitAsync("/profile/organisations", new Dictionary<string, string>(), "form[action$='/leave']");
        var betweenMemberships = await CompletionSteps.CompleteAsync(app, learner, Safety);
        using var reinvited = await OrganisationSteps.InviteAsync(coordinator.Client, coordinator.OrganisationId, email);
        var membersWhilePending = await coordinator.MembersAsync();
        await OrganisationSteps.AcceptInvitationAsync(app, learner, email);

        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.Equal(0, membersWhilePending);
        Assert.False(await coordinator.SeesAnywhereAsync(whileMember.Number));
        Assert.False(await coordinator.SeesAnywhereAsync(betweenMemberships.Number));
        var userId = await CoordinatorView.UserIdAsync(app, email);
        Assert.Contains(await AuditSteps.EntriesAboutAsync(app, userId), e => e.StartsWith("membership.left", StringComparison.Ordinal));
        var (former, current) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return (await db.FormerMemberships.SingleAsync(f => f.UserId == userId), await db.Memberships.SingleAsync(m => m.UserId == userId));
        });
        Assert.True(current.JoinedAtUtc > former.EndedAtUtc);
        learner.Dispose();
    }

    private static async Task ReadFirstSectionAsync(AppClient learner, string slug)
    {
        var overview = await learner.GetPageAsync($"/modules/{slug}");
        var section = overview.QuerySelector($"a[href^='/modules/{slug}/']")?.GetAttribute("href") ?? throw new InvalidOperationException("The module page links no section.");
        using var read = await learner.GetAsync(section);
        read.EnsureSuccessStatusCode();
    }

    private static string MatrixCsvLine(string csv, string email) =>
        csv.Split('\n').Single(line => line.Contains(email, StringComparison.Ordinal));

    private async Task<CoordinatorView> CoordinatorAsync()
    {
        var (client, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        return new CoordinatorView(app, client, organisationId);
    }

    private static async Task<string> RowAsync(CoordinatorView coordinator, string email) =>
        (await coordinator.Client.GetPageAsync($"/coordinator/{coordinator.OrganisationId}/matrix")).QuerySelectorAll("tbody tr")
            .Single(r => r.TextContent.Contains(email, StringComparison.Ordinal)).TextContent;

    private static Task<HttpResponseMessage> AssignAsync(AppClient coordinator, int organisationId, string module, DateOnly? due = null) =>
        coordinator.SubmitAsync($"/coordinator/{organisationId}", new Dictionary<string, string>
        {
            ["Modules"] = module, ["Target"] = "organisation", ["DueDate"] = (due ?? DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30))).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["RecurrenceMonths"] = "", ["WindowDays"] = "90",
        }, "form[action$='/assignments']");

    private Task<int> SetLicenceAsync(string email, string licence, bool reportToBoards) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == email)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.LicenseNumber, licence).SetProperty(u => u.ReportToBoards, reportToBoards)));
}

[Collection(Collections.Sqlite)]
public sealed class ConsentTestsOnSqlite(SqliteAppFixture app) : ConsentTests(app);

[Collection(Collections.PostgreSql)]
public sealed class ConsentTestsOnPostgreSql(PostgreSqlAppFixture app) : ConsentTests(app);
