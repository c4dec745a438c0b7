using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;

namespace CE.Platform.Tests.Infrastructure;

public abstract class SecurityHeadersTests(AppFixture app)
{
    [Theory]
    [InlineData("/catalog")]
    [InlineData("/account/login")]
    [InlineData("/verify")]
    [InlineData("/not-a-page")]
    public async Task Every_page_forbids_inline_script_framing_and_sniffing(string path)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(path);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Only_the_admin_jobs_dashboard_may_run_its_own_inline_script()
    {
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);

        using var response = await admin.GetAsync("/admin/jobs");

        Assert.Contains("'unsafe-inline'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        admin.Dispose();
    }
}

[Collection(Collections.Sqlite)]
public sealed class SecurityHeadersTestsOnSqlite(SqliteAppFixture app) : SecurityHeadersTests(app);

[Collection(Collections.PostgreSql)]
public sealed class SecurityHeadersTestsOnPostgreSql(PostgreSqlAppFixture app) : SecurityHeadersTests(app);
