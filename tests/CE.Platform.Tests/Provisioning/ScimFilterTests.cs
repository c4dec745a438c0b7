using CE.Platform.Web.Features.Provisioning;

namespace CE.Platform.Tests.Provisioning;

public sealed class ScimFilterTests
{
    [Theory]
    [InlineData("userName eq \"bjensen\"", "username", "bjensen")]
    [InlineData("USERNAME EQ \"Test_User_dfeef4c5-5681-4387-b016-bdf221e82081\"", "username", "Test_User_dfeef4c5-5681-4387-b016-bdf221e82081")]
    [InlineData("externalId eq \"00ujl29u0le5T6Aj10h7\"", "externalid", "00ujl29u0le5T6Aj10h7")]
    [InlineData("emails[type eq \"work\"].value eq \"a@b.org\"", "emails[type eq \"work\"].value", "a@b.org")]
    [InlineData("name.familyName eq \"O'Malley\"", "name.familyname", "O'Malley")]
    [InlineData("displayName eq \"Say \\\"hi\\\"\"", "displayname", "Say \"hi\"")]
    [InlineData("active eq true", "active", "true")]
    public void An_eq_comparison_is_read_as_its_path_and_value(string filter, string key, string value)
    {
        var comparison = Assert.Single(ScimFilter.Parse(filter).Comparisons);

        Assert.Equal(key, comparison.Path.Key);
        Assert.Equal(value, comparison.Value);
    }

    [Fact]
    public void Comparisons_joined_by_and_are_all_kept()
    {
        var filter = ScimFilter.Parse("userName eq \"a\" and externalId eq \"b\"");

        Assert.Equal(["username", "externalid"], filter.Comparisons.Select(c => c.Path.Key));
    }

    [Theory]
    [InlineData("userName co \"j\"", "co")]
    [InlineData("title pr", "pr")]
    [InlineData("userName eq \"a\" or userName eq \"b\"", "or")]
    [InlineData("userName eq", "value")]
    [InlineData("userName eq \"open", "closed")]
    [InlineData("(userName eq \"a\")", "attribute name")]
    [InlineData("userName eq \"a\" extra", "Expected 'and'")]
    public void Anything_else_is_an_invalidFilter_error_that_says_what(string filter, string said)
    {
        var error = Assert.Throws<ScimException>(() => ScimFilter.Parse(filter));

        Assert.Equal("invalidFilter", error.ScimType);
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("members[value eq \"2819c223\"]", "members", "value", "2819c223")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", null, null)]
    public void A_patch_path_keeps_its_value_filter_and_schema_urn(string text, string attribute, string? filterAttribute, string? filterValue)
    {
        var path = ScimFilter.ParsePath(text);

        Assert.Equal((attribute, filterAttribute, filterValue), (path.Attribute, path.FilterAttribute, path.FilterValue));
    }

    [Fact]
    public void A_malformed_patch_path_is_invalidPath()
    {
        Assert.Equal("invalidPath", Assert.Throws<ScimException>(() => ScimFilter.ParsePath("emails[type eq \"work\" and primary eq true].value")).ScimType);
    }
}
