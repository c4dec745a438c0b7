using System.Net;
using CE.Platform.Testing;
using UglyToad.PdfPig;

namespace CE.Platform.Tests.Security;

/// <summary>
/// Script, markup, javascript: and formula payloads typed into every free-text field come back
/// inert wherever they are shown: encoded on pages, neutralised in CSV exports, plain text in PDFs.
/// </summary>
public abstract class PayloadTests(AppFixture app)
{
    [Fact]
    public async Task Payloads_in_every_free_text_field_are_shown_encoded_on_every_page_that_shows_them()
    {
        using var world = await PayloadWorld.CreateAsync(app);
        var certificate = world.Certificate;
        var pages = new (AppClient Client, string Url, string[] Shown)[]
        {
            (world.Learner, "/profile", [world.FullName, world.Credential, world.LicenseNumber, world.LicenseRegion, world.GivenName, world.FamilyName]),
            (world.Learner, "/learning", [world.OrganisationName]),
            (world.Learner, "/certificates", []),
            (world.Learner, $"/certificates/{certificate.Number}", [world.FullName, world.Credential]),
            (world.Learner, "/transcript", [world.FullName]),
            (world.Learner, $"/modules/{PayloadWorld.Module}", []),
            (world.Coordinator, "/coordinator", [world.OrganisationName]),
            (world.Coordinator, $"/coordinator/{world.OrganisationId}", [world.OrganisationName, world.FullName, world.UnitName, world.InvitedName]),
            (world.Coordinator, $"/coordinator/{world.OrganisationId}/matrix", [world.FullName, world.UnitName]),
            (world.Coordinator, $"/coordinator/{world.OrganisationId}/dashboard", [world.UnitName]),
            (world.Coordinator, $"/coordinator/{world.OrganisationId}/accommodations", [world.FullName, world.AccommodationReason]),
            (world.Admin, "/admin/organisations", [world.OrganisationName]),
            (world.Admin, $"/admin/certificates?q={Uri.EscapeDataString(world.FullName)}", [world.FullName]),
            (world.Admin, $"/admin/certificates/{certificate.Number}", [world.FullName, world.Credential]),
            (world.Admin, $"/admin/certificates/{world.RevokedNumber}", [world.FullName, world.RevocationReason]),
            (world.Admin, "/admin/audit", [world.RevocationReason, world.ReissueReason]),
            (world.Admin, "/admin/evaluations", []),
            (world.Admin, $"/admin/evaluations/{PayloadWorld.Module}/comments", [world.Comments]),
            (world.Admin, "/admin/board-report", []),
            (app.NewClient(), $"/verify/{certificate.VerificationToken}", [world.FullName, world.Credential]),
        };

        var problems = new List<string>();
        foreach (var (client, url, shown) in pages)
        {
            problems.AddRange(InertHtml.Problems(await client.GetPageAsync(url), url, shown));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Payloads_in_csv_exports_are_neutralised_so_no_cell_starts_a_formula()
    {
        using var world = await PayloadWorld.CreateAsync(app);
        var today = DateTime.UtcNow;
        // The transcript and the evaluation means hold no user-entered text.
        var exports = new (AppClient Client, string Url, string[] Shown)[]
        {
            (world.Coordinator, $"/coordinator/{world.OrganisationId}/matrix.csv", [world.FullName, world.UnitName, world.InvitedName]),
            (world.Coordinator, $"/coordinator/{world.OrganisationId}/completions.csv", [world.FullName]),
            (world.Admin, $"/admin/board-report.csv?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}", [world.GivenName, world.FamilyName, world.LicenseNumber]),
            (world.Admin, "/admin/evaluations/comments.csv", [world.Comments]),
        };

        var problems = new List<string>();
        foreach (var (client, url, shown) in exports)
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
            var cells = CsvCells.Read(await response.Content.ReadAsStringAsync()).ToList();
            problems.AddRange(cells.Where(CsvCells.StartsAFormula).Select(cell => $"{url}: cell starts a formula: {cell}"));
            problems.AddRange(shown.Where(value => !cells.Any(cell => cell.Contains(value.TrimStart('='), StringComparison.Ordinal)))
                .Select(value => $"{url}: '{value}' is not exported"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Payloads_in_certificate_and_transcript_pdfs_are_printed_as_plain_text()
    {
        using var world = await PayloadWorld.CreateAsync(app);

        foreach (var url in new[] { $"/certificates/{world.Certificate.Number}.pdf", "/transcript.pdf" })
        {
            using var response = await world.Learner.GetAsync(url);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            using var pdf = PdfDocument.Open(bytes);
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));

            Assert.Contains(Squeezed(world.FullName), Squeezed(text), StringComparison.Ordinal);
            // The name is drawn as text; nothing in the file is a script a reader could run.
            Assert.DoesNotContain("/JavaScript", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Payloads_sent_back_by_search_boxes_and_refused_forms_come_back_encoded()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        using var anonymous = app.NewClient();
        var text = Payloads.Text("echo");
        var organisation = $"/coordinator/{organisationId}";
        var echoes = new (string Url, Func<Task<HttpResponseMessage>> Send, string[] Shown)[]
        {
            ("/verify?number=", () => anonymous.GetAsync($"/verify?number={Uri.EscapeDataString(text)}"), [text]),
            ("/verify/{number}", () => anonymous.GetAsync($"/verify/{Uri.EscapeDataString("x\"><svg onload=1>")}"), []),
            ("/verify/{token}", () => anonymous.GetAsync($"/verify/{Uri.EscapeDataString("\"><svg onload=__xss=1>")}"), []),
            ("/account/login", () => anonymous.SubmitAsync("/account/login", new Dictionary<string, string> { ["Email"] = text, ["Password"] = "x" }), [text]),
            ("/account/register", () => anonymous.SubmitAsync("/account/register", new Dictionary<string, string> { ["Email"] = text, ["FullName"] = text, ["Credential"] = text }), [text]),
            ("/account/forgot-password", () => anonymous.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = text }), [text]),
            ($"{organisation}/matrix", () => coordinator.GetAsync($"{organisation}/matrix?sort={Uri.EscapeDataString(text)}"), []),
            ($"{organisation}/dashboard", () => coordinator.GetAsync($"{organisation}/dashboard?module={Uri.EscapeDataString(text)}"), []),
            ($"{organisation}/assignments", () => coordinator.SubmitAsync(organisation, new Dictionary<string, string> { ["Modules"] = text, ["Target"] = text }, "form[action$='/assignments']"), []),
            ($"{organisation}/invite", () => coordinator.SubmitAsync(organisation, new Dictionary<string, string> { ["Name"] = text, ["Email"] = text, ["Unit"] = text }, "form[action$='/invite']"), []),
            ($"{organisation}/accommodations", () => coordinator.SubmitAsync($"{organisation}/accommodations", new Dictionary<string, string>
            {
                ["LearnerId"] = text, ["Module"] = text, ["ExtraMinutes"] = "-5", ["Reason"] = text,
            }), [text]),
        };

        var problems = new List<string>();
        foreach (var (url, send, shown) in echoes)
        {
            using var response = await send();
            Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
            problems.AddRange(InertHtml.Problems(await AppClient.ParseAsync(response), url, shown));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        coordinator.Dispose();
    }

    [Fact]
    public async Task A_javascript_return_url_after_sign_in_goes_home_instead()
    {
        var (_, email) = await AccountSteps.SignedInAsync(app);
        using var client = app.NewClient();

        using var response = await client.SubmitAsync($"/account/login?returnUrl={Uri.EscapeDataString(Payloads.JavascriptUrl)}",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = AccountSteps.Password });

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

[Collection(Collections.Sqlite)]
public sealed class PayloadTestsOnSqlite(SqliteAppFixture app) : PayloadTests(app);

[Collection(Collections.PostgreSql)]
public sealed class PayloadTestsOnPostgreSql(PostgreSqlAppFixture app) : PayloadTests(app);
