using System.Net;
using System.Net.Sockets;
using CE.Platform.BrowserTests.Accessibility;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CE.Platform.BrowserTests;

/// <summary>
/// The app on a real loopback port (Kestrel) with a headless Debian Chromium driven by Playwright.
/// Skipped when Chromium is missing, failed instead where CE_REQUIRE_BROWSER=1.
/// </summary>
public sealed class LiveSite : IAsyncLifetime
{
    private SqliteTestDatabase? database;
    private CePlatformFactory? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private string? unavailable;

    public string BaseUrl { get; private set; } = "";

    public CePlatformFactory Factory => Ready(factory);

    public Mailbox Mailbox => new(Factory.MailFolder);

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Requirements.ChromiumPath))
        {
            unavailable = $"Browser tests need Chromium at {Requirements.ChromiumPath} (apt-get install chromium, or set {Requirements.ChromiumVariable}).";
            return;
        }

        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        database = new SqliteTestDatabase();
        // http:// issuers and platforms: the journeys' OpenID Provider and LTI platform run on loopback without TLS.
        factory = new CePlatformFactory(database, new Dictionary<string, string?> { ["Site:PublicUrl"] = BaseUrl, ["Sso:AllowHttpIssuers"] = "true", ["Lti:AllowHttpPlatforms"] = "true" });
        factory.UseKestrel(port);
        factory.StartServer();

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Requirements.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A confirmed account with <paramref name="roles"/> (set-up, not the journey under test); returns its email.</summary>
    public async Task<string> CreateAccountAsync(string fullName, params string[] roles)
    {
        var email = AccountSteps.NewEmail(roles[^1].ToLowerInvariant());
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountProvisioning>().CreateConfirmedAsync(email, fullName, AccountSteps.Password, roles);
        return email;
    }

    public async Task<bool> AccountExistsAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Email == email);
    }

    /// <summary>An organisation (set-up) with a coordinator and members, all existing accounts; returns its id.</summary>
    public async Task<int> CreateOrganisationAsync(string name, string coordinatorEmail, params string[] learnerEmails)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organisation = new Organisation { Name = $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)], CreatedAtUtc = DateTime.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        foreach (var (email, coordinator) in learnerEmails.Select(e => (e, false)).Prepend((coordinatorEmail, true)))
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            db.Memberships.Add(new Membership { OrganisationId = organisation.Id, UserId = user.Id, IsCoordinator = coordinator, JoinedAtUtc = DateTime.UtcNow });
        }

        await db.SaveChangesAsync();
        return organisation.Id;
    }

    /// <summary>The width of a small phone, at which no page may scroll sideways.</summary>
    public const int PhoneWidth = 375;

    /// <summary>
    /// A fresh browser context (its own cookies) with one page, every page of the site it shows checked by <see cref="AccessibilityAudit"/>
    /// (including that it does not scroll sideways at <paramref name="width"/>); optionally in a time zone, with British 24-hour times.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1280, string? timeZone = null)
    {
        var context = await Ready(browser).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new() { Width = width, Height = width == PhoneWidth ? 812 : 900 },
            TimezoneId = timeZone,
            Locale = timeZone is null ? null : "en-GB",
        });
        var page = await context.NewPageAsync();
        await AccessibilityAudit.WatchAsync(page, BaseUrl);
        return page;
    }

    /// <summary>
    /// Runs a journey, then fails it if any page it showed has an accessibility violation;
    /// on failure keeps a screenshot of where it stopped under TestResults/screenshots.
    /// </summary>
    public static async Task RunAsync(IPage page, string name, Func<Task> journey)
    {
        try
        {
            await journey();
            var audit = AccessibilityAudit.Of(page);
            await audit.WaitForCurrentPageAsync();
            audit.AssertNoViolations();
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Saves a full-page screenshot when CE_SCREENSHOTS names a folder, for people to look at the pages.</summary>
    public async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("CE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    private T Ready<T>(T? value) where T : class
    {
        if (value is null)
        {
            Requirements.Unavailable(Requirements.RequireBrowserVariable, unavailable ?? "The live site did not start.");
        }

        return value!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class LiveSiteCollection : ICollectionFixture<LiveSite>
{
    public const string Name = "Live site in Chromium";
}
