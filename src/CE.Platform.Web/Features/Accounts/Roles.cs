namespace CE.Platform.Web.Features.Accounts;

public static class Roles
{
    public const string Learner = "Learner";
    public const string Coordinator = "Coordinator";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Learner, Coordinator, Admin];
}
