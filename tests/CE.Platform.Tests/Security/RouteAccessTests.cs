using System.Globalization;
using System.Text.RegularExpressions;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Security;

/// <summary>
/// Walks every route of the running app as anonymous, a learner, the coordinator of another
/// organisation and an admin, and holds each answer to <see cref="RouteTable"/>.
/// </summary>
public abstract partial class RouteAccessTests(AppFixture app)
{
    [Fact]
    public void Every_route_of_the_app_has_a_row_in_the_access_table_and_every_row_a_route()
    {
        var routes = AppRoutes.From(app.Factory.Services);
        var rows = RouteTable.Rows.Select(r => r.Route).ToList();

        var missing = routes.Except(rows).Order().Select(r => $"route without a row in RouteTable: {r}");
        var stale = rows.Except(routes).Order().Select(r => $"row for a route the app no longer has: {r}");
        var twice = rows.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => $"row written twice: {g.Key}");
        var problems = missing.Concat(stale).Concat(twice).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Every_route_answers_each_caller_as_the_access_table_says()
    {
        var world = await RouteAccessWorld.CreateAsync(app);
        var callers = await RouteAccessWorld.CallersAsync(app);
        var failures = new List<string>();

        foreach (var (caller, client) in callers)
        {
            var token = await client.AntiforgeryTokenAsync(caller == Caller.Anonymous ? "/account/login" : "/profile");
            foreach (var row in RouteTable.Rows.OrderBy(r => r.Route == RouteTable.SignOut))
            {
                var url = Fill(row.Template, world);
                using var response = row.Method == "POST" ? await client.PostAsync(url, [new("__RequestVerificationToken", token)]) : await client.GetAsync(url);
                var actual = RouteRow.Classify(response);
                if (!RouteRow.Meets(row.For(caller), actual))
                {
                    failures.Add($"{row.Route} as {caller}: expected {row.For(caller)}, got {(int)response.StatusCode} {response.Headers.Location} ({actual?.ToString() ?? "error"}) for {row.Method} {url}");
                }
            }

            client.Dispose();
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Routes that choose their own caching: content-addressed images, and status lists verifiers must re-check.</summary>
    private static readonly string[] CachedOnPurpose =
        ["GET /content-assets/{hash:length(64)}.{extension}", "GET /credentials/status/{list:int:min(1)}"];

    [Fact]
    public async Task Every_get_route_answers_head_as_it_answers_get_without_a_body_and_nothing_it_serves_is_stored()
    {
        var world = await RouteAccessWorld.CreateAsync(app);
        var callers = await RouteAccessWorld.CallersAsync(app);
        var admin = callers[Caller.Admin];
        var failures = new List<string>();

        foreach (var row in RouteTable.Rows.Where(r => r.Method == "GET"))
        {
            var url = Fill(row.Template, world);
            using var get = await admin.GetAsync(url);
            using var head = await admin.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            var headBody = await head.Content.ReadAsByteArrayAsync();
            if (head.StatusCode != get.StatusCode || headBody.Length > 0)
            {
                failures.Add($"HEAD {url}: {(int)head.StatusCode} with {headBody.Length} bytes, GET gave {(int)get.StatusCode}");
            }

            if (get.IsSuccessStatusCode && !CachedOnPurpose.Contains(row.Route) && get.Headers.CacheControl?.NoStore != true)
            {
                failures.Add($"GET {url}: Cache-Control is '{get.Headers.CacheControl}', not no-store");
            }
        }

        foreach (var client in callers.Values)
        {
            client.Dispose();
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static string Fill(string template, RouteAccessWorld world) =>
        Parameter().Replace(template, match => Uri.EscapeDataString(world.ValueFor(template, match.Groups["name"].Value)));

    /// <summary>{name}, {name:constraint(…)} or {**name}.</summary>
    [GeneratedRegex(@"\{(\*\*)?(?<name>[A-Za-z]+)(:[^{}]*)?\}")]
    private static partial Regex Parameter();
}

[Collection(Collections.Sqlite)]
public sealed class RouteAccessTestsOnSqlite(SqliteAppFixture app) : RouteAccessTests(app);

[Collection(Collections.PostgreSql)]
public sealed class RouteAccessTestsOnPostgreSql(PostgreSqlAppFixture app) : RouteAccessTests(app);
