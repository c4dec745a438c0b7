using System.Net;
using System.Text.Json.Nodes;
using CE.Platform.Testing;
using CE.Platform.Tests.Organisations;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Content.Import;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Scaling;

/// <summary>
/// What one instance writes, the other serves: lockout counts, imported content, signing keys and
/// revocations. On PostgreSQL the two are separate instances with their own caches; on SQLite the
/// single instance shows the same behaviour.
/// </summary>
public abstract class ClusterConsistencyTests(TwoInstances app)
{
    private static readonly TimeSpan AboutASecond = TimeSpan.FromSeconds(3); // one poll interval plus slack on a busy CI machine

    [Fact]
    public async Task Five_wrong_passwords_spread_over_two_instances_lock_the_account()
    {
        var email = AccountSteps.NewEmail();
        await app.InScopeAsync(sp => sp.GetRequiredService<AccountProvisioning>().CreateConfirmedAsync(email, "Test Person", AccountSteps.Password, [Roles.Learner]));
        using var onFirst = app.NewClient();
        using var onSecond = app.NewClientOfSecond();

        for (var i = 0; i < 5; i++)
        {
            using var _ = await AccountSteps.SignInAsync(i % 2 == 0 ? onFirst : onSecond, email, $"wrong password number {i}");
        }

        using var rightPassword = await AccountSteps.SignInAsync(onSecond, email);
        Assert.NotEqual("/", rightPassword.Headers.Location?.OriginalString);
        var lockedUntil = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockedUntil > DateTimeOffset.UtcNow, $"LockoutEnd: {lockedUntil}");
    }

    [Fact]
    public async Task A_course_import_on_one_instance_is_served_by_the_other_within_about_a_second()
    {
        using var course = new ManyModuleCourse(1);
        var slug = course.Slugs[0];
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        using var onSecond = app.NewClientOfSecond();
        using var _ = await AccountSteps.SignInAsync(onSecond, email);
        await onSecond.GetPageAsync("/catalog"); // the second instance has the catalog cached before the import

        await ImportOnFirstAsync(course.Root);
        var listed = await WithinAsync(async () => (await onSecond.GetPageAsync("/catalog")).Body!.InnerHtml.Contains(slug, StringComparison.Ordinal));
        var first = await onSecond.GetPageAsync($"/modules/{slug}");
        course.AppendToEveryModule("Revised after the 2027 guideline update.");
        await ImportOnFirstAsync(course.Root);
        var revised = await WithinAsync(async () => (await onSecond.GetPageAsync($"/modules/{slug}")).Body!.TextContent.Contains(" v2 (", StringComparison.Ordinal));

        Assert.True(listed, "The new course did not appear in the second instance's catalog in time.");
        Assert.Contains(" v1 (", first.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(revised, "The second instance kept serving version 1.");
        learner.Dispose();
    }

    [Fact]
    public async Task A_signing_key_rotated_on_one_instance_is_published_and_used_by_the_other_at_once()
    {
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        using var onSecond = app.NewClientOfSecond();
        using var signedIn = await AccountSteps.SignInAsync(onSecond, email);
        var earlier = await CompletionSteps.CompleteAsync(app, onSecond, "ketamine-pharmacology");
        using var anonymousOnSecond = app.NewClientOfSecond();
        await anonymousOnSecond.GetPageAsync($"/verify/{earlier.VerificationToken}"); // the second instance caches the key list

        using var rotated = await admin.SubmitAsync("/admin/certificates", new Dictionary<string, string>(), "form[action$='/keys/rotate']");
        var newKey = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().SigningKeys.Where(k => k.RetiredAtUtc == null).Select(k => k.KeyId).SingleAsync());
        using var published = await anonymousOnSecond.GetAsync("/.well-known/jwks.json");
        var later = await CompletionSteps.CompleteAsync(app, onSecond, "ketamine-depression");
        var verified = await anonymousOnSecond.GetPageAsync($"/verify/{later.VerificationToken}");

        Assert.NotEqual(SignedRecords.KeyId(earlier.SignedRecord), newKey);
        Assert.Contains(newKey, await published.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(newKey, SignedRecords.KeyId(later.SignedRecord));
        Assert.Contains("This certificate is valid", verified.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        admin.Dispose();
        learner.Dispose();
    }

    [Fact]
    public async Task A_certificate_revoked_on_one_instance_shows_revoked_on_the_other_at_once()
    {
        var (learner, _) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, "ketamine-safety");
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);
        using var anonymousOnSecond = app.NewClientOfSecond();
        var before = await anonymousOnSecond.GetPageAsync($"/verify/{certificate.VerificationToken}");

        using var revoked = await admin.SubmitAsync($"/admin/certificates/{certificate.Number}", new Dictionary<string, string> { ["Category"] = "Academic misconduct", ["Reason"] = "Completed by someone else" }, "form[action$='/revoke']");
        var after = await anonymousOnSecond.GetPageAsync($"/verify/{certificate.VerificationToken}");

        Assert.Contains("This certificate is valid", before.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("revoked on", after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        learner.Dispose();
        admin.Dispose();
    }

    [Fact]
    public async Task A_scim_deactivation_sent_to_one_instance_ends_the_session_on_the_other_within_about_a_second()
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        using var scim = await ScimSteps.ClientAsync(app, organisationId);
        var email = AccountSteps.NewEmail("provisioned");
        var (created, user, _) = await scim.SendAsync("POST", "/scim/v2/Users", ScimSteps.User(email));
        var userId = await CoordinatorView.UserIdAsync(app, email);
        await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.AddPasswordAsync((await users.FindByIdAsync(userId))!, AccountSteps.Password);
        });
        using var onSecond = app.NewClientOfSecond();
        using var signedIn = await AccountSteps.SignInAsync(onSecond, email);
        using var before = await onSecond.GetAsync("/learning");

        var (deactivated, _, _) = await scim.SendAsync("PATCH", $"/scim/v2/Users/{user!["id"]!.GetValue<string>()}", ScimSteps.Patch("replace", "active", JsonValue.Create(false)));
        var ended = await WithinAsync(async () =>
        {
            using var next = await onSecond.GetAsync("/learning");
            return next.StatusCode == HttpStatusCode.Redirect && next.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true;
        });

        Assert.Equal(201, created);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(200, deactivated);
        Assert.True(ended, "The second instance still served the deactivated person after about a second.");
    }

    private async Task ImportOnFirstAsync(string folder) =>
        await app.InScopeAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(folder));

    private static Task<bool> WithinAsync(Func<Task<bool>> condition) => Eventually.TrueAsync(condition, AboutASecond);
}

public sealed class ClusterConsistencyTestsOnSqlite(SqliteTwoInstances app) : ClusterConsistencyTests(app), IClassFixture<SqliteTwoInstances>;

public sealed class ClusterConsistencyTestsOnPostgreSql(PostgreSqlTwoInstances app) : ClusterConsistencyTests(app), IClassFixture<PostgreSqlTwoInstances>;
