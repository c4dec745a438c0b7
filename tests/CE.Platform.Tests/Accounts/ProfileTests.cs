using System.Net;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Accounts;

public abstract class ProfileTests(AppFixture app)
{
    [Fact]
    public async Task A_clinician_saves_the_details_a_certificate_prints()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);

        using var saved = await client.SubmitAsync("/profile", new Dictionary<string, string>
        {
            ["FullName"] = "María José Núñez-Okafor", ["Credential"] = "PharmD", ["LicenseNumber"] = "RPH-12345", ["LicenseRegion"] = "Ontario",
        });
        var page = await client.GetPageAsync("/profile");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("María José Núñez-Okafor", page.QuerySelector("#FullName")?.GetAttribute("value"));
        Assert.Equal("PharmD", page.QuerySelector("#Credential")?.GetAttribute("value"));
        Assert.Equal("RPH-12345", page.QuerySelector("#LicenseNumber")?.GetAttribute("value"));
        Assert.Equal("Ontario", page.QuerySelector("#LicenseRegion")?.GetAttribute("value"));
        Assert.Contains("saved", page.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task An_empty_name_is_refused_next_to_the_field_and_the_saved_name_stays()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);

        using var response = await client.SubmitAsync("/profile", new Dictionary<string, string> { ["FullName"] = "" });
        var again = await client.GetPageAsync("/profile");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await AppClient.ParseAsync(response)).QuerySelector("#FullName-error")?.TextContent));
        Assert.Equal("Test Person", again.QuerySelector("#FullName")?.GetAttribute("value"));
        client.Dispose();
    }

    [Fact]
    public async Task The_profile_needs_a_signed_in_person()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one()
    {
        var (client, email) = await AccountSteps.SignedInAsync(app);
        const string next = "another fine long passphrase";

        using var wrong = await client.SubmitAsync("/profile/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not my password", ["NewPassword"] = next, ["ConfirmPassword"] = next,
        });
        using var right = await client.SubmitAsync("/profile/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = AccountSteps.Password, ["NewPassword"] = next, ["ConfirmPassword"] = next,
        });

        Assert.Contains("not correct", (await AppClient.ParseAsync(wrong)).QuerySelector("#CurrentPassword-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        using var fresh = app.NewClient();
        using var signIn = await AccountSteps.SignInAsync(fresh, email, next);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        client.Dispose();
    }
}

[Collection(Collections.Sqlite)]
public sealed class ProfileTestsOnSqlite(SqliteAppFixture app) : ProfileTests(app);

[Collection(Collections.PostgreSql)]
public sealed class ProfileTestsOnPostgreSql(PostgreSqlAppFixture app) : ProfileTests(app);
