namespace CE.Platform.Web.Features.Provisioning;

/// <summary>The schema URNs of RFC 7643/7644 this service speaks, and its own extension for membership state.</summary>
public static class ScimSchemas
{
    public const string ContentType = "application/scim+json";
    public const string User = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string Group = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public const string EnterpriseUser = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public const string ListResponse = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public const string Error = "urn:ietf:params:scim:api:messages:2.0:Error";
    public const string ServiceProviderConfig = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    public const string ResourceType = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    public const string Schema = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    /// <summary>Read-only: whether the person is a member, waiting to accept the invitation, or deactivated.</summary>
    public const string Membership = "urn:ce-platform:scim:schemas:extension:membership:1.0:User";
}
