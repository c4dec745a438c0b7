using System.Text.Json.Nodes;
using CE.Platform.Web.Features.Provisioning;

namespace CE.Platform.Tests.Provisioning;

public sealed class ScimPatchTests
{
    private static readonly ScimUserValues Jensen = new() { UserName = "bjensen@example.com", GivenName = "Barbara", FamilyName = "Jensen", Email = "bjensen@example.com", Active = true };

    private static IReadOnlyList<ScimPatchOperation> Operations(string json) =>
        ScimPatchOperation.ListFrom(JsonNode.Parse($$"""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":{{json}}}""")!.AsObject());

    [Theory]
    [InlineData("""[{"op":"Replace","path":"active","value":"False"}]""")]
    [InlineData("""[{"op":"replace","path":"active","value":false}]""")]
    [InlineData("""[{"op":"replace","value":{"active":false}}]""")]
    [InlineData("""[{"op":"REPLACE","path":"ACTIVE","value":"false"}]""")]
    public void Every_client_spelling_of_deactivate_deactivates(string operations)
    {
        Assert.False(ScimUserPatch.Apply(Jensen, Operations(operations)).Active);
    }

    [Fact]
    public void Entras_multi_valued_update_changes_the_work_email_and_family_name()
    {
        var patched = ScimUserPatch.Apply(Jensen, Operations("""
            [{"op":"Replace","path":"emails[type eq \"work\"].value","value":"updatedEmail@microsoft.com"},
             {"op":"Replace","path":"name.familyName","value":"updatedFamilyName"}]
            """));

        Assert.Equal(("updatedEmail@microsoft.com", "updatedFamilyName", "Barbara"), (patched.Email, patched.FamilyName, patched.GivenName));
    }

    [Fact]
    public void A_no_path_replace_with_a_name_object_sets_its_parts()
    {
        var patched = ScimUserPatch.Apply(Jensen, Operations("""[{"op":"replace","value":{"name":{"givenName":"Babs"},"displayName":"Babs Jensen"}}]"""));

        Assert.Equal(("Babs", "Jensen", "Babs Jensen"), (patched.GivenName, patched.FamilyName, patched.DisplayName));
    }

    [Fact]
    public void Attributes_mapped_by_default_but_not_kept_are_accepted_and_ignored()
    {
        var patched = ScimUserPatch.Apply(Jensen, Operations("""
            [{"op":"Add","path":"title","value":"Nurse"},
             {"op":"Replace","path":"phoneNumbers[type eq \"work\"].value","value":"555"},
             {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"ICU"}]
            """));

        Assert.Equal(Jensen, patched);
    }

    [Theory]
    [InlineData("""[{"op":"replace","path":"favouriteColour","value":"blue"}]""", "invalidPath")]
    [InlineData("""[{"op":"remove","path":"userName"}]""", "invalidValue")]
    [InlineData("""[{"op":"replace","path":"active","value":"maybe"}]""", "invalidValue")]
    [InlineData("""[{"op":"replace","path":"id","value":"other"}]""", "mutability")]
    [InlineData("""[{"op":"remove"}]""", "noTarget")]
    [InlineData("""[{"op":"move","path":"active","value":true}]""", "invalidSyntax")]
    [InlineData("""[{"op":"replace","path":"emails[type eq \"work\"].value","value":"no-at-sign"},{"op":"replace","path":"userName","value":"no-at-sign"}]""", "invalidValue")]
    public void A_patch_it_cannot_apply_is_refused_with_the_rfc_error_type(string operations, string scimType)
    {
        Assert.Equal(scimType, Assert.Throws<ScimException>(() => ScimUserPatch.Apply(Jensen, Operations(operations))).ScimType);
    }

    [Fact]
    public void Group_members_are_added_removed_by_filter_and_replaced()
    {
        var group = new ScimGroupState("Ward 7", new HashSet<string> { "a" });

        var added = ScimGroupPatch.Apply(group, Operations("""[{"op":"Add","path":"members","value":[{"$ref":null,"value":"b"},{"value":"c"}]}]"""));
        var removed = ScimGroupPatch.Apply(added, Operations("""[{"op":"remove","path":"members[value eq \"b\"]"}]"""));
        var renamed = ScimGroupPatch.Apply(removed, Operations("""[{"op":"Replace","path":"displayName","value":"Ward 8"},{"op":"replace","path":"members","value":[{"value":"z"}]}]"""));

        Assert.Equal(["a", "b", "c"], added.MemberIds.Order());
        Assert.Equal(["a", "c"], removed.MemberIds.Order());
        Assert.Equal(("Ward 8", "z"), (renamed.DisplayName, Assert.Single(renamed.MemberIds)));
    }

    [Fact]
    public void A_group_patch_with_an_unknown_path_is_invalidPath()
    {
        var group = new ScimGroupState("Ward 7", new HashSet<string>());

        Assert.Equal("invalidPath", Assert.Throws<ScimException>(() => ScimGroupPatch.Apply(group, Operations("""[{"op":"add","path":"owners","value":[{"value":"x"}]}]"""))).ScimType);
    }
}
