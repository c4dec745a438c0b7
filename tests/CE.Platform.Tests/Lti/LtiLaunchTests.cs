using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Lti;

/// <summary>LTI 1.3 launches from an independent test platform (Node, jose) through the app's HTTP pipeline.</summary>
public abstract class LtiLaunchTests(LtiAppFixture app, LtiPlatformFixture platform)
{
    [Fact]
    public async Task A_learner_launch_signs_the_learner_in_on_the_module_page_inside_the_frame_as_a_member_from_now()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var sub = Sub();
        using var browser = LtiSteps.NewBrowser(app);
        var before = DateTime.UtcNow.AddSeconds(-5);

        using var launched = await LtiSteps.LaunchAsync(browser, platform, LtiSteps.Launch(tool, sub));

        Assert.True(launched.StatusCode == HttpStatusCode.Redirect, await launched.Content.ReadAsStringAsync());
        Assert.Equal($"/modules/{LtiSteps.Module}", launched.Headers.Location?.OriginalString);
        // The site's own session, embedded in the LMS's frame: it must travel in a cross-site iframe, in the LMS's partition.
        var cookie = Assert.Single(launched.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ce.auth=", StringComparison.Ordinal));
        Assert.Contains("samesite=none", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("partitioned", cookie, StringComparison.OrdinalIgnoreCase);

        using var page = await browser.GetAsync(launched.Headers.Location!.OriginalString);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"/modules/{LtiSteps.Module}/", html, StringComparison.Ordinal);
        Assert.Contains($"frame-ancestors {platform.Issuer}", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(page.Headers.Contains("X-Frame-Options"));

        var (name, email, joined, link) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var userId = await db.UserLogins.Where(l => l.ProviderKey == $"{platform.Issuer}|{sub}").Select(l => l.UserId).SingleAsync();
            var user = await db.Users.SingleAsync(u => u.Id == userId);
            var membership = await db.Memberships.SingleAsync(m => m.UserId == userId);
            var resourceLink = await db.LtiResourceLinks.SingleAsync(l => l.RegistrationId == tool.RegistrationId && l.ResourceLinkId == $"link-{sub}");
            return (user.FullName, user.Email, membership.OrganisationId == tool.OrganisationId ? membership.JoinedAtUtc : DateTime.MinValue, resourceLink);
        });
        Assert.Equal("Robin Lms, RN", name);
        Assert.EndsWith("@lti.invalid", email, StringComparison.Ordinal);
        Assert.True(joined >= before, "The membership starts now, so the organisation sees nothing from before.");
        Assert.Contains("/lineitems/", link.AgsLineItemUrl, StringComparison.Ordinal);
        Assert.Contains("https://purl.imsglobal.org/spec/lti-ags/scope/score", link.AgsScopes, StringComparison.Ordinal);
        Assert.Contains("/memberships", link.NrpsMembershipsUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_in_a_new_window_carries_the_learner_to_a_window_of_their_own_where_a_completion_still_counts_for_the_lms()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var sub = Sub();
        using var framed = LtiSteps.NewBrowser(app);
        using var launched = await LtiSteps.LaunchAsync(framed, platform, LtiSteps.Launch(tool, sub));
        var page = await framed.GetPageAsync($"/modules/{LtiSteps.Module}");
        var ticket = page.QuerySelector("form[action='/account/embedded/window'] input[name=ticket]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(ticket), "An embedded page offers a window of its own.");

        using var window = LtiSteps.NewBrowser(app); // a new top-level window: none of the frame's partitioned cookies
        using var opened = await window.PostAsync("/account/embedded/window", [new("ticket", ticket!)]);
        using var forged = await LtiSteps.NewBrowser(app).PostAsync("/account/embedded/window", [new("ticket", ticket![..^4] + "AAAA")]);
        var certificate = await CompletionSteps.CompleteAsync(app, window, LtiSteps.Module);

        Assert.Equal($"/modules/{LtiSteps.Module}", opened.Headers.Location?.OriginalString);
        Assert.DoesNotContain("partitioned", Assert.Single(opened.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ce.auth=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("could not be opened", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (channel, link) = await app.InScopeAsync(async sp =>
        {
            var completion = await sp.GetRequiredService<AppDbContext>().Completions.SingleAsync(c => c.Id == certificate.CompletionId);
            return (completion.Channel, completion.LtiResourceLinkId);
        });
        Assert.Equal(Web.Features.Assessments.CompletionChannel.Lti, channel);
        Assert.NotNull(link);
    }

    [Fact]
    public async Task The_site_outside_the_lti_pages_stays_unframeable()
    {
        using var browser = LtiSteps.NewBrowser(app);
        using var home = await browser.GetAsync("/");
        Assert.Contains("frame-ancestors 'none'", home.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_launch_of_the_same_lms_user_signs_into_the_same_account()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var sub = Sub();
        using (var first = LtiSteps.NewBrowser(app))
        using (var launched = await LtiSteps.LaunchAsync(first, platform, LtiSteps.Launch(tool, sub)))
        {
            Assert.Equal(HttpStatusCode.Redirect, launched.StatusCode);
        }

        using var second = LtiSteps.NewBrowser(app);
        using var again = await LtiSteps.LaunchAsync(second, platform, LtiSteps.Launch(tool, sub));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal((true, 1), await LtiSteps.AccountAsync(app, platform, tool.RegistrationId, sub));
    }

    [Fact]
    public async Task An_instructor_launch_shows_the_contexts_learners_and_their_progress()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var learner = Sub();
        using (var learnerBrowser = LtiSteps.NewBrowser(app))
        using (var launched = await LtiSteps.LaunchAsync(learnerBrowser, platform, LtiSteps.Launch(tool, learner)))
        using (await learnerBrowser.GetAsync($"/modules/{LtiSteps.Module}/safety-by-setting"))
        {
            Assert.Equal(HttpStatusCode.Redirect, launched.StatusCode);
        }

        using var browser = LtiSteps.NewBrowser(app);
        using var instructor = await LtiSteps.LaunchAsync(browser, platform, LtiSteps.Launch(tool, Sub(), role: "instructor"));

        Assert.Equal($"/lti/context/{LtiSteps.Module}", instructor.Headers.Location?.OriginalString);
        var page = await browser.GetPageAsync(instructor.Headers.Location!.OriginalString);
        Assert.Contains($"{learner}@lms.example", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_learner_cannot_open_the_instructors_context_page()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        using var browser = LtiSteps.NewBrowser(app);
        using var launched = await LtiSteps.LaunchAsync(browser, platform, LtiSteps.Launch(tool, Sub()));

        using var context = await browser.GetAsync($"/lti/context/{LtiSteps.Module}");

        Assert.NotEqual(HttpStatusCode.OK, context.StatusCode);
    }

    [Fact]
    public async Task The_lms_email_never_links_to_an_existing_account_unless_the_registration_allows_it()
    {
        var email = AccountSteps.NewEmail("local");
        await app.InScopeAsync(sp => sp.GetRequiredService<Web.Features.Accounts.AccountProvisioning>().CreateConfirmedAsync(email, "Lee Local", AccountSteps.Password, Web.Features.Accounts.Roles.Learner));
        var closed = await LtiSteps.RegisteredAsync(app, platform);
        var open = await LtiSteps.RegisteredAsync(app, platform, linkByEmail: true);

        using (var browser = LtiSteps.NewBrowser(app))
        using (await LtiSteps.LaunchAsync(browser, platform, LtiSteps.Launch(closed, Sub(), email: email)))
        using (var other = LtiSteps.NewBrowser(app))
        using (await LtiSteps.LaunchAsync(other, platform, LtiSteps.Launch(open, Sub(), email: email)))
        {
            var linked = await app.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var localId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
                return await db.UserLogins.Where(l => l.UserId == localId).Select(l => l.LoginProvider).ToListAsync();
            });
            Assert.Equal([$"lti-{open.RegistrationId}"], linked);
        }
    }

    [Fact]
    public async Task A_replayed_launch_is_refused_with_a_clear_page_and_audited()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var sub = Sub();
        using var browser = LtiSteps.NewBrowser(app);
        var (idToken, state) = await LtiSteps.ToPlatformAndBackAsync(browser, platform, LtiSteps.Launch(tool, sub));
        using var first = await LtiSteps.PostLaunchAsync(browser, idToken, state);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var replayed = await LtiSteps.PostLaunchAsync(browser, idToken, state);

        await AssertRefusedAsync(replayed, "already used", $"{platform.Issuer}");
    }

    [Fact]
    public async Task A_token_replayed_into_a_new_login_is_refused_for_its_nonce_and_nothing_is_created()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var sub = Sub();
        using var browser = LtiSteps.NewBrowser(app);
        var (oldToken, _) = await LtiSteps.ToPlatformAndBackAsync(browser, platform, LtiSteps.Launch(tool, sub));
        var (_, newState) = await LtiSteps.ToPlatformAndBackAsync(browser, platform, LtiSteps.Launch(tool, sub));

        using var replayed = await LtiSteps.PostLaunchAsync(browser, oldToken, newState);

        await AssertRefusedAsync(replayed, "nonce", platform.Issuer);
        Assert.Equal((false, 0), await LtiSteps.AccountAsync(app, platform, tool.RegistrationId, sub));
    }

    [Theory]
    [InlineData("expired", "expired")]
    [InlineData("other-key", "signature does not verify")]
    [InlineData("wrong-aud", "for another tool")]
    public async Task A_bad_token_is_refused_and_no_account_or_membership_is_created(string fault, string reason)
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var sub = Sub();
        using var browser = LtiSteps.NewBrowser(app);

        using var refused = await LtiSteps.LaunchAsync(browser, platform, LtiSteps.Launch(tool, sub, fault: fault));

        await AssertRefusedAsync(refused, reason, platform.Issuer);
        Assert.Equal((false, 0), await LtiSteps.AccountAsync(app, platform, tool.RegistrationId, sub));
    }

    [Fact]
    public async Task A_token_for_an_unregistered_deployment_is_refused()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var sub = Sub();
        using var browser = LtiSteps.NewBrowser(app);

        using var refused = await LtiSteps.LaunchAsync(browser, platform, LtiSteps.Launch(tool, sub, fault: "unknown-deployment"));

        await AssertRefusedAsync(refused, "not-registered is not registered", $"{platform.Issuer}|{sub}");
        Assert.Equal((false, 0), await LtiSteps.AccountAsync(app, platform, tool.RegistrationId, sub));
    }

    [Fact]
    public async Task A_launch_of_a_module_that_does_not_exist_is_refused()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var sub = Sub();
        using var browser = LtiSteps.NewBrowser(app);

        using var refused = await LtiSteps.LaunchAsync(browser, platform, LtiSteps.Launch(tool, sub, module: "no-such-module"));

        await AssertRefusedAsync(refused, "no-such-module no longer exists", $"{platform.Issuer}|{sub}");
        Assert.Equal((false, 0), await LtiSteps.AccountAsync(app, platform, tool.RegistrationId, sub));
    }

    [Fact]
    public async Task A_login_from_an_unregistered_issuer_is_refused()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var launch = LtiSteps.Launch(tool, Sub());
        launch["issuer"] = "https://unknown-lms.example";
        using var browser = LtiSteps.NewBrowser(app);

        using var refused = await LtiSteps.LoginAsync(browser, platform, launch);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("is not registered with this site", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await AuditSteps.EntriesAboutAsync(app, "https://unknown-lms.example"), e => e.StartsWith("lti.login-refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_disabled_registration_refuses_logins_and_launches_already_under_way()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var sub = Sub();
        using var browser = LtiSteps.NewBrowser(app);
        var (idToken, state) = await LtiSteps.ToPlatformAndBackAsync(browser, platform, LtiSteps.Launch(tool, sub));
        var (admin, _) = await AccountSteps.SignedInAsync(app, "Admin");
        using (var saved = await admin.SubmitAsync($"/admin/lti/{tool.RegistrationId}", new Dictionary<string, string> { ["Enabled"] = "false" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var underWay = await LtiSteps.PostLaunchAsync(browser, idToken, state);
        using var login = await LtiSteps.LoginAsync(browser, platform, LtiSteps.Launch(tool, sub));

        await AssertRefusedAsync(underWay, "turned off", platform.Issuer);
        Assert.Contains("turned off", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((false, 0), await LtiSteps.AccountAsync(app, platform, tool.RegistrationId, sub));
    }

    [Fact]
    public async Task A_launch_that_did_not_start_in_this_browser_is_refused()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        using var victim = LtiSteps.NewBrowser(app);
        using var attacker = LtiSteps.NewBrowser(app);
        var (idToken, state) = await LtiSteps.ToPlatformAndBackAsync(attacker, platform, LtiSteps.Launch(tool, Sub()));

        using var refused = await LtiSteps.PostLaunchAsync(victim, idToken, state);

        await AssertRefusedAsync(refused, "did not come back to the browser", platform.Issuer);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, string reason, string auditSubject)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Launch refused", html, StringComparison.Ordinal);
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("ce.lti=", StringComparison.Ordinal) || c.StartsWith("ce.auth=", StringComparison.Ordinal)), "No session after a refusal.");
        Assert.Contains(await AuditSteps.EntriesAboutAsync(app, auditSubject), e => e.StartsWith("lti.launch-refused", StringComparison.Ordinal) && e.Contains(reason, StringComparison.Ordinal));
    }

    private static string Sub() => $"{Random.Shared.Next(100000, 999999)}";
}

[Collection(LtiCollections.Sqlite)]
public sealed class SqliteLtiLaunchTests(SqliteLtiAppFixture app, LtiPlatformFixture platform) : LtiLaunchTests(app, platform);

[Collection(LtiCollections.PostgreSql)]
public sealed class PostgreSqlLtiLaunchTests(PostgreSqlLtiAppFixture app, LtiPlatformFixture platform) : LtiLaunchTests(app, platform);

public static class LtiCollections
{
    public const string Sqlite = "LTI on SQLite";
    public const string PostgreSql = "LTI on PostgreSQL";
}

[CollectionDefinition(LtiCollections.Sqlite)]
public sealed class SqliteLtiCollection : ICollectionFixture<SqliteLtiAppFixture>, ICollectionFixture<LtiPlatformFixture>;

[CollectionDefinition(LtiCollections.PostgreSql)]
public sealed class PostgreSqlLtiCollection : ICollectionFixture<PostgreSqlLtiAppFixture>, ICollectionFixture<LtiPlatformFixture>;
