using System.Net;

namespace CE.Platform.Tests.Security;

/// <summary>What a caller must get from a route.</summary>
public enum Expect
{
    /// <summary>200.</summary>
    Ok,

    /// <summary>A redirect to the sign-in page.</summary>
    Login,

    /// <summary>A redirect to the access-denied page (signed in, wrong role).</summary>
    Denied,

    /// <summary>404: the resource is someone else's, and the app does not say it exists.</summary>
    NotFound,

    /// <summary>For form posts: past authorisation (not 401/403, no sign-in or access-denied redirect, not 404, no error).</summary>
    Allowed,
}

/// <summary>One line of the access table: "METHOD /template" as the app declares it, and what each caller gets.</summary>
public sealed record RouteRow(string Route, Expect Anonymous, Expect Learner, Expect OtherCoordinator, Expect Admin)
{
    public string Method => Route[..Route.IndexOf(' ', StringComparison.Ordinal)];

    public string Template => Route[(Route.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    public Expect For(Caller caller) => caller switch
    {
        Caller.Anonymous => Anonymous,
        Caller.Learner => Learner,
        Caller.OtherCoordinator => OtherCoordinator,
        _ => Admin,
    };

    /// <summary>What <paramref name="response"/> amounts to, or null when it is none of the expectations.</summary>
    public static Expect? Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Expect.Ok,
            HttpStatusCode.NotFound => Expect.NotFound,
            HttpStatusCode.Unauthorized => Expect.Login,
            HttpStatusCode.Forbidden => Expect.Denied,
            HttpStatusCode.Redirect when location.Contains("/account/login", StringComparison.Ordinal) => Expect.Login,
            HttpStatusCode.Redirect when location.Contains("/account/access-denied", StringComparison.Ordinal) => Expect.Denied,
            _ when (int)response.StatusCode < 500 => Expect.Allowed,
            _ => null,
        };
    }

    public static bool Meets(Expect expected, Expect? actual) =>
        expected == actual || (expected == Expect.Allowed && actual is Expect.Ok);
}
