using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CE.Platform.Testing;

/// <summary>
/// Single sign-on as a browser goes through it: the app (in memory) sends the person to the real
/// provider, whose login and consent pages are filled in over real HTTP, and the provider's answer is
/// brought back to the app's callback.
/// </summary>
public static class SsoSteps
{
    public const string AppBaseUrl = "http://localhost";

    /// <summary>An organisation with a client registered at the provider and single sign-on configured through the admin page.</summary>
    public static async Task<(int OrganisationId, string Domain)> ConnectedOrganisationAsync(
        AppFixture app, OidcProviderFixture provider, bool requireSso = false, string? mfaAcr = null)
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        var domain = $"org{Guid.NewGuid():N}"[..16] + ".example";
        var (clientId, secret) = await provider.RegisterClientAsync(AppBaseUrl, organisationId);
        var (admin, _) = await AccountSteps.SignedInAsync(app, "Admin");
        using var saved = await admin.SubmitAsync($"/admin/organisations/{organisationId}/sso", new Dictionary<string, string>
        {
            ["Issuer"] = provider.Issuer,
            ["ClientId"] = clientId,
            ["ClientSecret"] = secret,
            ["Domains"] = domain,
            ["MfaAcrValues"] = mfaAcr ?? "",
            ["RequireSso"] = requireSso ? "true" : "false",
            ["Enabled"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (organisationId, domain);
    }

    /// <summary>Enters the address on the sign-in page, signs in at the provider as <paramref name="login"/> and returns the provider's redirect back to the app, not yet followed.</summary>
    public static async Task<Uri> ToProviderAndBackAsync(AppClient app, string email, string login)
    {
        using var start = await app.SubmitAsync("/account/login", new Dictionary<string, string> { ["Email"] = email });
        var location = await ProviderUrlAsync(start);
        Assert.StartsWith("http://127.0.0.1:", location.OriginalString, StringComparison.Ordinal);

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        for (var step = 0; step < 12; step++)
        {
            using var response = await browser.GetAsync(location);
            var next = response.Headers.Location is { } redirect ? new Uri(location, redirect) : await SubmitProviderPageAsync(browser, location, response, login);
            if (next.OriginalString.StartsWith(AppBaseUrl + "/", StringComparison.Ordinal))
            {
                return next;
            }

            location = next;
        }

        throw new InvalidOperationException("The provider did not send the browser back to the app.");
    }

    /// <summary>
    /// Where the site's hand-off page sends the browser (the page the sign-in and sign-out forms answer with,
    /// since a form's redirect to another origin breaks the site's form-action policy): its meta refresh and its link agree.
    /// </summary>
    public static async Task<Uri> ProviderUrlAsync(HttpResponseMessage handOff)
    {
        Assert.Equal(HttpStatusCode.OK, handOff.StatusCode);
        var document = await new HtmlParser().ParseDocumentAsync(await handOff.Content.ReadAsStringAsync());
        var link = document.GetElementById(CE.Platform.Web.Features.SingleSignOn.ProviderHandOff.LinkId)?.GetAttribute("href")
            ?? throw new InvalidOperationException($"No hand-off page: {document.Body?.TextContent}");
        Assert.Equal($"0;url={link}", document.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        return new Uri(link);
    }

    /// <summary>Brings the provider's answer to the app and follows the app to where the sign-in ends.</summary>
    public static async Task<HttpResponseMessage> BackToAppAsync(AppClient app, Uri callback)
    {
        using var handled = await app.GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, handled.StatusCode);
        var next = handled.Headers.Location!.OriginalString;
        return await app.GetAsync(next);
    }

    public static async Task<HttpResponseMessage> SignInAsync(AppClient app, string email, string login) =>
        await BackToAppAsync(app, await ToProviderAndBackAsync(app, email, login));

    public static Task<(bool Exists, int Memberships, bool Linked)> AccountAsync(AppFixture app, string email) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email);
        return user is null
            ? (false, 0, false)
            : (true, await db.Memberships.CountAsync(m => m.UserId == user.Id), await db.UserLogins.AnyAsync(l => l.UserId == user.Id));
    });

    /// <summary>Fills the provider's development login page (login name, any password) or accepts its consent page.</summary>
    private static async Task<Uri> SubmitProviderPageAsync(HttpClient browser, Uri page, HttpResponseMessage response, string login)
    {
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var form = document.QuerySelector("form") as IHtmlFormElement
            ?? throw new InvalidOperationException($"The provider answered {(int)response.StatusCode} with no form at {page}: {document.Body?.TextContent}");
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Name switch { "login" => login, "password" => "any", _ => i.Value });
        if (document.QuerySelector("button[name=logout]") is not null)
        {
            fields["logout"] = "yes";
        }

        using var content = new FormUrlEncodedContent(fields);
        using var posted = await browser.PostAsync(new Uri(page, form.GetAttribute("action") ?? page.PathAndQuery), content);
        return new Uri(page, posted.Headers.Location ?? throw new InvalidOperationException($"The provider's form answered {(int)posted.StatusCode}."));
    }
}
