using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Infrastructure;

/// <summary>The app as deployed (Production, reached over HTTPS by its public name): cookies locked down and HSTS sent.</summary>
public abstract class ProductionCookieTests(AppFixture app)
{
    [Fact]
    public async Task Over_https_in_production_the_sign_in_and_antiforgery_cookies_are_secure_http_only_and_same_site_and_hsts_is_sent()
    {
        await using var production = app.Factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var email = AccountSteps.NewEmail();
        await using (var scope = production.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountProvisioning>().CreateConfirmedAsync(email, "Prod Person", AccountSteps.Password, Roles.Learner);
        }

        using var client = new AppClient(production.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://ce.example.org"), AllowAutoRedirect = false, HandleCookies = true,
        }));
        using var loginPage = await client.GetAsync("/account/login");
        using var signedIn = await AccountSteps.SignInAsync(client, email);

        Assert.StartsWith("max-age=", loginPage.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        AssertLockedDown(SetCookie(loginPage, ".AspNetCore.Antiforgery."), "samesite=strict");
        AssertLockedDown(SetCookie(signedIn, "ce.auth="), "samesite=lax");
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }

    private static string SetCookie(HttpResponseMessage response, string prefix) => SetCookies.StartingWith(response, prefix).ToLowerInvariant();

    private static void AssertLockedDown(string cookie, string sameSite)
    {
        Assert.Contains("; secure", cookie, StringComparison.Ordinal);
        Assert.Contains("; httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("; " + sameSite, cookie, StringComparison.Ordinal);
    }
}

[Collection(Collections.Sqlite)]
public sealed class ProductionCookieTestsOnSqlite(SqliteAppFixture app) : ProductionCookieTests(app);

[Collection(Collections.PostgreSql)]
public sealed class ProductionCookieTestsOnPostgreSql(PostgreSqlAppFixture app) : ProductionCookieTests(app);
