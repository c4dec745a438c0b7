using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using static CE.Platform.Testing.ScormSteps;

namespace CE.Platform.Tests.Scorm;

/// <summary>An administrator's dispatches through the admin pages, and the packages they download.</summary>
public abstract class ScormDispatchTests(AppFixture app)
{
    private const string Slug = "ketamine-safety";

    [Theory]
    [InlineData("1.2", "imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "ims_xml.xsd")]
    [InlineData("2004", "imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd")]
    public async Task A_package_holds_only_its_manifest_launch_page_and_the_schemas_it_declares_and_validates_against_them(string version, params string[] schemas)
    {
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Admin);
        var dispatchId = await CreateDispatchAsync(admin, await ModuleIdAsync(app, Slug), await OrganisationSteps.CreateAsync(app));

        var package = await PackageAsync(admin, dispatchId, version);

        Assert.Equal(new[] { "imsmanifest.xml", "launch.html", "scorm-launch.js" }.Concat(schemas).Order(StringComparer.Ordinal), package.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([], ScormManifestSchemas.Problems(package));
        var manifest = System.Text.Encoding.UTF8.GetString(package["imsmanifest.xml"]);
        Assert.Contains(version == "1.2" ? "<schemaversion>1.2</schemaversion>" : "<schemaversion>2004 4th Edition</schemaversion>", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("answer", System.Text.Encoding.UTF8.GetString(package["launch.html"]), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("scorm.package-downloaded: SCORM " + version, await AuditSteps.EntriesAboutAsync(app, $"dispatch {dispatchId}"));
        admin.Dispose();
    }

    [Fact]
    public async Task A_manifest_that_breaks_its_schemas_is_caught_by_the_validation()
    {
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Admin);
        var package = await PackageAsync(admin, await CreateDispatchAsync(admin, await ModuleIdAsync(app, Slug), await OrganisationSteps.CreateAsync(app)), "1.2");
        package["imsmanifest.xml"] = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(package["imsmanifest.xml"]).Replace("scormtype=\"sco\"", "scormtype=\"lesson\"", StringComparison.Ordinal));

        Assert.NotEmpty(ScormManifestSchemas.Problems(package));
        admin.Dispose();
    }

    [Fact]
    public async Task An_admin_disables_enables_and_deletes_a_dispatch_and_each_change_is_audited()
    {
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Admin);
        var dispatchId = await CreateDispatchAsync(admin, await ModuleIdAsync(app, Slug), await OrganisationSteps.CreateAsync(app), seats: 3);

        using var disabled = await ChangeAsync(admin, dispatchId, "disable");
        var afterDisable = (await admin.GetPageAsync($"/admin/scorm/{dispatchId}")).QuerySelector("#dispatch-state")?.TextContent;
        using var enabled = await ChangeAsync(admin, dispatchId, "enable");
        using var deleted = await ChangeAsync(admin, dispatchId, "delete");
        var page = await admin.GetPageAsync($"/admin/scorm/{dispatchId}");
        using var packageAfterDelete = await admin.GetAsync($"/admin/scorm/{dispatchId}/package/1.2");

        Assert.Equal("Disabled", afterDisable);
        Assert.Equal("Deleted", page.QuerySelector("#dispatch-state")?.TextContent);
        Assert.Null(page.QuerySelector("form[action$='/enable']"));
        Assert.Equal(HttpStatusCode.NotFound, packageAfterDelete.StatusCode);
        Assert.Equal(
            ["scorm.dispatch-created: ", "scorm.dispatch-disabled: ", "scorm.dispatch-enabled: ", "scorm.dispatch-deleted: "],
            (await AuditSteps.EntriesAboutAsync(app, $"dispatch {dispatchId}")).Select(e => e[..(e.IndexOf(':', StringComparison.Ordinal) + 2)]));
        admin.Dispose();
    }

    [Fact]
    public async Task A_dispatch_for_an_unknown_module_or_a_learner_admin_is_refused_and_nothing_is_made()
    {
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Admin);
        var (learner, _) = await AccountSteps.SignedInAsync(app);
        var organisationId = await OrganisationSteps.CreateAsync(app);
        var before = (await admin.GetPageAsync("/admin/scorm")).QuerySelectorAll("#dispatch-list tbody tr").Length;

        using var unknown = await admin.SubmitAsync("/admin/scorm", new Dictionary<string, string> { ["ModuleId"] = "999999", ["OrganisationId"] = $"{organisationId}", ["SeatLimit"] = "5" });
        using var noSeats = await admin.SubmitAsync("/admin/scorm", new Dictionary<string, string> { ["ModuleId"] = $"{await ModuleIdAsync(app, Slug)}", ["OrganisationId"] = $"{organisationId}", ["SeatLimit"] = "0" });
        using var byLearner = await learner.GetAsync("/admin/scorm");

        Assert.Contains("Choose one of the modules listed.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Enter a number of seats from 1 to", await noSeats.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, byLearner.StatusCode);
        Assert.Equal(before, (await admin.GetPageAsync("/admin/scorm")).QuerySelectorAll("#dispatch-list tbody tr").Length);
        admin.Dispose();
        learner.Dispose();
    }
}

[Collection(Collections.Sqlite)]
public sealed class ScormDispatchTestsOnSqlite(SqliteAppFixture app) : ScormDispatchTests(app);

[Collection(Collections.PostgreSql)]
public sealed class ScormDispatchTestsOnPostgreSql(PostgreSqlAppFixture app) : ScormDispatchTests(app);
