using CE.Platform.Web.Features.Lti;

namespace CE.Platform.Tests.Lti;

public sealed class LtiClaimRulesTests
{
    private const string Learner = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    private const string Instructor = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    private static readonly LtiRegistration Registration = new()
    {
        Name = "Moodle", Issuer = "https://lms.example", ClientId = "c1", DeploymentIds = "1\n2", AuthUrl = "https://lms.example/auth",
        TokenUrl = "https://lms.example/token", JwksUrl = "https://lms.example/jwks",
    };

    private static LtiLaunchMessage Message(string? type = LtiClaims.ResourceLinkRequest, string? version = "1.3.0", string? deployment = "1", string[]? roles = null,
        string sub = "42", string? resourceLink = "r1", string? returnUrl = null, bool acceptsResourceLinks = true) =>
        new("https://lms.example", sub, type, version, deployment, "https://ce.example/lti/modules/m", resourceLink, "c", "Course", roles ?? [Learner],
            null, null, null, null, returnUrl, null, false, null, null, null, null, acceptsResourceLinks);

    [Fact]
    public void A_resource_link_launch_with_a_registered_deployment_is_accepted() =>
        Assert.Null(LtiClaimRules.RefusalOf(Message(), Registration));

    [Theory]
    [InlineData("1.1", "not LTI version 1.3.0")]
    [InlineData(null, "not LTI version 1.3.0")]
    public void Another_version_is_refused(string? version, string reason) =>
        Assert.Contains(reason, LtiClaimRules.RefusalOf(Message(version: version), Registration), StringComparison.Ordinal);

    [Theory]
    [InlineData("3")]
    [InlineData(null)]
    [InlineData("1 ")]
    public void A_deployment_that_is_not_registered_is_refused(string? deployment) =>
        Assert.Contains("is not registered", LtiClaimRules.RefusalOf(Message(deployment: deployment), Registration), StringComparison.Ordinal);

    [Fact]
    public void An_anonymous_launch_is_refused() =>
        Assert.Contains("no sub", LtiClaimRules.RefusalOf(Message(sub: ""), Registration), StringComparison.Ordinal);

    [Fact]
    public void A_resource_link_launch_without_a_resource_link_is_refused() =>
        Assert.Contains("resource link", LtiClaimRules.RefusalOf(Message(resourceLink: null), Registration), StringComparison.Ordinal);

    [Fact]
    public void An_unknown_message_type_is_refused() =>
        Assert.Contains("not supported", LtiClaimRules.RefusalOf(Message(type: "LtiSubmissionReviewRequest"), Registration), StringComparison.Ordinal);

    [Fact]
    public void Deep_linking_needs_an_instructor_and_a_return_url()
    {
        Assert.Contains("only an instructor", LtiClaimRules.RefusalOf(Message(type: LtiClaims.DeepLinkingRequest, returnUrl: "https://lms.example/dl"), Registration), StringComparison.Ordinal);
        Assert.Contains("deep_link_return_url", LtiClaimRules.RefusalOf(Message(type: LtiClaims.DeepLinkingRequest, roles: [Instructor]), Registration), StringComparison.Ordinal);
        Assert.Null(LtiClaimRules.RefusalOf(Message(type: LtiClaims.DeepLinkingRequest, roles: [Instructor], returnUrl: "https://lms.example/dl"), Registration));
    }

    [Fact]
    public void Deep_linking_where_the_lms_takes_no_resource_links_is_refused() =>
        Assert.Contains("accept_types", LtiClaimRules.RefusalOf(Message(type: LtiClaims.DeepLinkingRequest, roles: [Instructor], returnUrl: "https://lms.example/dl", acceptsResourceLinks: false), Registration), StringComparison.Ordinal);

    [Theory]
    [InlineData(Learner, LtiRole.Learner)]
    [InlineData(Instructor, LtiRole.Instructor)]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator", LtiRole.Instructor)]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator", LtiRole.Instructor)]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant", LtiRole.Instructor)]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student", LtiRole.Learner)]
    [InlineData("Instructor", LtiRole.Learner)]
    public void Roles_map_to_learner_unless_an_instructor_or_administrator_role_is_present(string role, LtiRole expected) =>
        Assert.Equal(expected, LtiClaimRules.RoleOf([role]));

    [Fact]
    public void No_roles_mean_a_learner() => Assert.Equal(LtiRole.Learner, LtiClaimRules.RoleOf([]));

    [Theory]
    [InlineData("https://ce.example/lti/modules/ketamine-safety", "ketamine-safety")]
    [InlineData("https://ce.example/lti/modules/ketamine-safety/", "ketamine-safety")]
    [InlineData("https://other.example/lti/modules/ketamine-safety", null)]
    [InlineData("https://ce.example/modules/ketamine-safety", null)]
    [InlineData("https://ce.example/lti/modules/a/b", null)]
    [InlineData("https://ce.example/lti/modules/x?y=1", null)]
    [InlineData("https://ce.example/lti/modules/", null)]
    [InlineData(null, null)]
    public void The_target_link_names_a_module_of_this_site_only(string? target, string? slug) =>
        Assert.Equal(slug, LtiClaimRules.ModuleSlugOf(target, "https://ce.example/"));
}
