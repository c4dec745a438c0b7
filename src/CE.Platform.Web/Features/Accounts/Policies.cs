namespace CE.Platform.Web.Features.Accounts;

/// <summary>Authorisation policy names used with <c>[Authorize(Policy = …)]</c>.</summary>
public static class Policies
{
    public const string Admin = "Admin";
    public const string Coordinator = "Coordinator";
}
