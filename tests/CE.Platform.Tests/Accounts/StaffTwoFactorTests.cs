using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;

namespace CE.Platform.Tests.Accounts;

public abstract class StaffTwoFactorTests(AppFixture app)
{
    [Theory]
    [InlineData(Roles.Admin, "/admin/organisations")]
    [InlineData(Roles.Coordinator, "/catalog")]
    public async Task Staff_without_two_factor_reach_nothing_but_setup_until_they_enrol(string role, string page)
    {
        var (client, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, role);

        using var before = await client.GetAsync(page);
        using var profile = await client.GetAsync("/profile");
        using var setup = await client.GetAsync("/profile/two-factor/setup");
        await TwoFactorSteps.EnrolAsync(client);
        using var after = await client.GetAsync(page);

        Assert.Equal("/profile/two-factor/setup", before.Headers.Location?.OriginalString);
        Assert.Equal("/profile/two-factor/setup", profile.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        client.Dispose();
    }

    [Fact]
    public async Task An_enrolled_admin_signs_in_with_a_code_and_goes_where_they_asked()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);
        var (key, _) = await TwoFactorSteps.EnrolAsync(client);
        using var fresh = app.NewClient();

        using var password = await fresh.SubmitAsync("/account/login?returnUrl=%2Fadmin%2Forganisations", new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = AccountSteps.Password,
        });
        using var code = await TwoFactorSteps.SecondStepAsync(fresh, password, Totp.Now(key));
        using var admin = await fresh.GetAsync("/admin/organisations");

        Assert.Equal("/admin/organisations", code.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        client.Dispose();
    }

    [Fact]
    public async Task Learners_are_not_asked_to_enrol()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);

        using var profile = await client.GetAsync("/profile");

        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        client.Dispose();
    }
}

[Collection(StaffTwoFactor.Sqlite)]
public sealed class StaffTwoFactorTestsOnSqlite(StaffTwoFactorSqliteFixture app) : StaffTwoFactorTests(app);

[Collection(StaffTwoFactor.PostgreSql)]
public sealed class StaffTwoFactorTestsOnPostgreSql(StaffTwoFactorPostgreSqlFixture app) : StaffTwoFactorTests(app);
