using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Lti;

/// <summary>Deep Linking 2.0: an instructor picks modules; the test platform verifies the signed response with jose against /lti/jwks.</summary>
public abstract class LtiDeepLinkingTests(LtiAppFixture app, LtiPlatformFixture platform)
{
    [Fact]
    public async Task An_instructor_picks_modules_and_the_platform_verifies_the_signed_response_with_the_tools_keyset()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var data = $"moodle-dl-{Guid.NewGuid():N}";
        using var browser = LtiSteps.NewBrowser(app);

        var picked = await PickAsync(browser, DeepLinkingLaunch(tool, data), "ketamine-safety", "ketamine-pharmacology");

        var form = Assert.IsAssignableFrom<IHtmlFormElement>(picked.QuerySelector("form[data-auto-submit]"));
        Assert.StartsWith($"{platform.Issuer}/mod/lti/contentitem_return.php", form.Action, StringComparison.Ordinal);
        using var delivered = await platform.PostFormAsync(form.Action, [new("JWT", ((IHtmlInputElement)form.QuerySelector("input[name=JWT]")!).Value)]);
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);

        var result = (await platform.DeepLinkResultsAsync()).Last()!.AsObject();
        Assert.True(result["verified"]!.GetValue<bool>(), result.ToJsonString());
        var payload = result["payload"]!.AsObject();
        Assert.Equal(tool.ClientId, payload["iss"]!.GetValue<string>());
        Assert.Equal("LtiDeepLinkingResponse", payload["https://purl.imsglobal.org/spec/lti/claim/message_type"]!.GetValue<string>());
        Assert.Equal(tool.DeploymentId, payload["https://purl.imsglobal.org/spec/lti/claim/deployment_id"]!.GetValue<string>());
        Assert.Equal(data, payload["https://purl.imsglobal.org/spec/lti-dl/claim/data"]!.GetValue<string>());
        Assert.NotNull(payload["nonce"]);
        var items = payload["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]!.AsArray();
        Assert.Equal(["https://localhost/lti/modules/ketamine-safety", "https://localhost/lti/modules/ketamine-pharmacology"], items.Select(i => i!["url"]!.GetValue<string>()));
        Assert.All(items, i =>
        {
            Assert.Equal("ltiResourceLink", i!["type"]!.GetValue<string>());
            Assert.Equal(100, i["lineItem"]!["scoreMaximum"]!.GetValue<int>());
            Assert.False(string.IsNullOrEmpty(i["title"]!.GetValue<string>()));
        });
    }

    [Fact]
    public async Task A_learner_cannot_pick_modules()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var launch = DeepLinkingLaunch(tool, "data");
        launch["role"] = "learner";
        using var browser = LtiSteps.NewBrowser(app);

        using var refused = await LtiSteps.LaunchAsync(browser, platform, launch);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("only an instructor or administrator may choose modules", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deep_linking_request_that_takes_only_files_and_html_is_refused_with_the_reason()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        var launch = DeepLinkingLaunch(tool, "data");
        launch["acceptTypes"] = new JsonArray("file", "html");
        using var browser = LtiSteps.NewBrowser(app);

        using var refused = await LtiSteps.LaunchAsync(browser, platform, launch);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("does not accept LTI resource links here (accept_types)", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_altered_module_choice_is_refused_and_nothing_is_sent()
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        using var browser = LtiSteps.NewBrowser(app);
        using var launched = await LtiSteps.LaunchAsync(browser, platform, DeepLinkingLaunch(tool, "data"));
        Assert.Equal(HttpStatusCode.OK, launched.StatusCode);

        using var altered = await browser.PostAsync("/lti/deep-linking", [new("request", "forged"), new("modules", "ketamine-safety")]);

        Assert.Equal(HttpStatusCode.BadRequest, altered.StatusCode);
        Assert.Contains("expired or was altered", await altered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private JsonObject DeepLinkingLaunch(LtiRegistered tool, string data)
    {
        var launch = LtiSteps.Launch(tool, $"{Random.Shared.Next(100000, 999999)}", role: "instructor");
        launch["messageType"] = "LtiDeepLinkingRequest";
        launch["targetLinkUri"] = "https://localhost/lti/deep-linking";
        launch["data"] = data;
        return launch;
    }

    private async Task<IHtmlDocument> PickAsync(AppClient browser, JsonObject launch, params string[] modules)
    {
        using var launched = await LtiSteps.LaunchAsync(browser, platform, launch);
        Assert.Equal(HttpStatusCode.OK, launched.StatusCode);
        var page = await AppClient.ParseAsync(launched);
        var form = (IHtmlFormElement)page.QuerySelector("form[action='/lti/deep-linking']")!;
        var request = ((IHtmlInputElement)form.QuerySelector("input[name=request]")!).Value;
        using var answer = await browser.PostAsync("/lti/deep-linking", [new("request", request), .. modules.Select(m => new KeyValuePair<string, string>("modules", m))]);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await AppClient.ParseAsync(answer);
    }
}

[Collection(LtiCollections.Sqlite)]
public sealed class SqliteLtiDeepLinkingTests(SqliteLtiAppFixture app, LtiPlatformFixture platform) : LtiDeepLinkingTests(app, platform);

[Collection(LtiCollections.PostgreSql)]
public sealed class PostgreSqlLtiDeepLinkingTests(PostgreSqlLtiAppFixture app, LtiPlatformFixture platform) : LtiDeepLinkingTests(app, platform);
