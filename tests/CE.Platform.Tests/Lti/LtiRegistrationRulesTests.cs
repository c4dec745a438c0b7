using CE.Platform.Web.Features.Lti;

namespace CE.Platform.Tests.Lti;

public sealed class LtiRegistrationRulesTests
{
    private static LtiRegistrationForm Form(string url = "https://lms.example", string deployments = "1", string? frames = null) => new()
    {
        Name = "LMS", Issuer = url, ClientId = "c", DeploymentIds = deployments, AuthUrl = url + "/auth", TokenUrl = url + "/token", JwksUrl = url + "/jwks",
        FrameOrigins = frames, OrganisationId = 1,
    };

    [Fact]
    public void An_https_registration_with_a_deployment_has_no_problems() => Assert.Empty(LtiRegistrationRules.ProblemsOf(Form(), allowHttp: false));

    [Fact]
    public void Http_platforms_are_refused_unless_the_development_setting_allows_them()
    {
        Assert.Equal(4, LtiRegistrationRules.ProblemsOf(Form("http://127.0.0.1:9"), allowHttp: false).Count(p => p.Message.Contains("https://", StringComparison.Ordinal)));
        Assert.Empty(LtiRegistrationRules.ProblemsOf(Form("http://127.0.0.1:9"), allowHttp: true));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user@lms.example")]
    public void Addresses_that_are_not_web_urls_are_refused(string url) =>
        Assert.Contains(LtiRegistrationRules.ProblemsOf(Form(url), allowHttp: true), p => p.Field == nameof(LtiRegistrationForm.Issuer));

    [Fact]
    public void Deployment_ids_are_one_a_line_and_at_least_one()
    {
        Assert.Equal(["1", "two"], LtiRegistrationRules.Lines(" 1 \r\n\ntwo\n1"));
        Assert.Contains(LtiRegistrationRules.ProblemsOf(Form(deployments: "\n \n"), allowHttp: false), p => p.Field == nameof(LtiRegistrationForm.DeploymentIds));
    }

    [Theory]
    [InlineData("https://school.instructure.com", true)]
    [InlineData("https://a.example https://b.example", true)]
    [InlineData("https://school.instructure.com/courses", false)]
    [InlineData("*", false)]
    [InlineData("'none'", false)]
    public void Frame_origins_must_be_plain_origins(string origins, bool accepted) =>
        Assert.Equal(accepted, !LtiRegistrationRules.ProblemsOf(Form(frames: origins), allowHttp: false).Any());

    [Fact]
    public void Without_frame_origins_the_issuers_origin_may_frame_the_tool() =>
        Assert.Equal("https://lms.example", LtiRegistrationRules.FrameAncestors(new LtiRegistration
        {
            Name = "x", Issuer = "https://lms.example/moodle", ClientId = "c", DeploymentIds = "1", AuthUrl = "a", TokenUrl = "t", JwksUrl = "j",
        }));
}
