using static CE.Platform.Tests.Security.Expect;

namespace CE.Platform.Tests.Security;

/// <summary>
/// Who may reach every route of the app. Route values are always someone else's resources (see
/// <see cref="RouteAccessWorld"/>): another learner's attempt and certificate, another organisation's
/// id and export. A route added to the app without a row here fails <see cref="RouteAccessTests"/>.
/// Columns: anonymous, a learner, the coordinator of another organisation, an admin.
/// </summary>
public static class RouteTable
{
    /// <summary>Signs the caller out, so it runs after every other row.</summary>
    public const string SignOut = "POST /account/logout";

    public static readonly IReadOnlyList<RouteRow> Rows =
    [
        // Public pages and machine endpoints.
        new("GET /", Ok, Ok, Ok, Ok),
        new("GET /catalog", Ok, Ok, Ok, Ok),
        new("ANY /error", Ok, Ok, Ok, Ok),
        new("ANY /status/{code:int}", NotFound, NotFound, NotFound, NotFound),
        new("GET /ping", Ok, Ok, Ok, Ok),
        new("ANY /health/live", Ok, Ok, Ok, Ok),
        new("ANY /health/ready", Ok, Ok, Ok, Ok),
        new("GET /.well-known/jwks.json", Ok, Ok, Ok, Ok),
        new("GET /credentials/issuer", Ok, Ok, Ok, Ok),
        new("GET /credentials/status/{list:int:min(1)}", Ok, Ok, Ok, Ok),
        new("GET /credentials/status/{list:int:min(1)}.json", Ok, Ok, Ok, Ok),
        new("GET /content-assets/{hash:length(64)}.{extension}", Ok, Ok, Ok, Ok),
        new("GET /verify", Ok, Ok, Ok, Ok),
        new("GET /verify/{number:length(17)}", Ok, Ok, Ok, Ok),
        new("GET /verify/{token:length(22)}", Ok, Ok, Ok, Ok),
        new("GET /verify/{token:length(22)}.json", Ok, Ok, Ok, Ok),

        // Accounts.
        new("GET /account/login", Ok, Ok, Ok, Ok),
        new("POST /account/login", Allowed, Allowed, Allowed, Allowed),
        new("POST /account/embedded/window", Allowed, Allowed, Allowed, Allowed),
        new(SignOut, Allowed, Allowed, Allowed, Allowed),
        new("GET /account/access-denied", Ok, Ok, Ok, Ok),
        // Single sign-on: without a pending provider answer, completing sends anyone to the failure page.
        new("GET /account/sso/complete", Allowed, Allowed, Allowed, Allowed),
        new("GET /account/sso/failed", Ok, Ok, Ok, Ok),
        new("GET /account/register", Ok, Ok, Ok, Ok),
        new("POST /account/register", Allowed, Allowed, Allowed, Allowed),
        new("GET /account/check-email", Ok, Ok, Ok, Ok),
        new("GET /account/confirm-email", Allowed, Allowed, Allowed, Allowed),
        new("GET /account/resend-confirmation", Ok, Ok, Ok, Ok),
        new("POST /account/resend-confirmation", Allowed, Allowed, Allowed, Allowed),
        new("GET /account/forgot-password", Ok, Ok, Ok, Ok),
        new("POST /account/forgot-password", Allowed, Allowed, Allowed, Allowed),
        new("GET /account/reset-password", Allowed, Allowed, Allowed, Allowed),
        new("POST /account/reset-password", Allowed, Allowed, Allowed, Allowed),
        new("GET /profile", Login, Ok, Ok, Ok),
        new("POST /profile", Login, Allowed, Allowed, Allowed),
        new("GET /profile/password", Login, Ok, Ok, Ok),
        new("POST /profile/password", Login, Allowed, Allowed, Allowed),
        new("GET /profile/delete", Login, Ok, Ok, Ok),
        new("POST /profile/delete", Login, Allowed, Allowed, Allowed),
        // The code form is shown to anyone; only a pending password sign-in can complete it.
        new("GET /account/login/two-factor", Login, Login, Login, Login),
        new("POST /account/login/two-factor", Allowed, Allowed, Allowed, Allowed),
        new("GET /profile/two-factor", Login, Ok, Ok, Ok),
        new("GET /profile/two-factor/setup", Login, Ok, Ok, Ok),
        new("POST /profile/two-factor/setup", Login, Allowed, Allowed, Allowed),
        new("POST /profile/two-factor/recovery-codes", Login, Allowed, Allowed, Allowed),
        new("GET /profile/two-factor/disable", Login, Ok, Ok, Ok),
        new("POST /profile/two-factor/disable", Login, Allowed, Allowed, Allowed),
        // A member's organisations; organisation A is none of the callers', so its forms find nothing.
        new("GET /profile/organisations", Login, Ok, Ok, Ok),
        new("POST /profile/organisations/{id:int}/sharing", Login, NotFound, NotFound, NotFound),
        new("POST /profile/organisations/{id:int}/leave", Login, NotFound, NotFound, NotFound),
        // Invitation links: the token is no invitation of the caller's (the world passes a certificate's token).
        new("GET /invitations/{token}", Login, NotFound, NotFound, NotFound),
        new("POST /invitations/{token}/accept", Login, NotFound, NotFound, NotFound),
        new("POST /invitations/{token}/decline", Login, NotFound, NotFound, NotFound),

        // Learning and assessments: the attempt is another learner's, even for an admin.
        new("GET /learning", Login, Ok, Ok, Ok),
        new("GET /modules/{slug}", Login, Ok, Ok, Ok),
        new("GET /modules/{slug}/{anchor}", Login, Ok, Ok, Ok),
        new("POST /modules/{slug}/attempts", Login, Allowed, Allowed, Allowed),
        new("GET /attempts/{id:int}", Login, NotFound, NotFound, NotFound),
        new("POST /attempts/{id:int}/save", Login, NotFound, NotFound, NotFound),
        new("POST /attempts/{id:int}/submit", Login, NotFound, NotFound, NotFound),
        new("GET /attempts/{id:int}/result", Login, NotFound, NotFound, NotFound),
        new("GET /attempts/{id:int}/complete", Login, NotFound, NotFound, NotFound),
        new("POST /attempts/{id:int}/complete", Login, NotFound, NotFound, NotFound),

        // Certificates: another learner's, which only admins (and that learner's own coordinators) may open.
        new("GET /certificates", Login, Ok, Ok, Ok),
        new("GET /certificates/{number:length(17)}", Login, NotFound, NotFound, Ok),
        new("GET /certificates/{number}.pdf", Login, NotFound, NotFound, Ok),
        new("GET /certificates/{number}.jws", Login, NotFound, NotFound, Ok),
        new("GET /certificates/{number}/badge.json", Login, NotFound, NotFound, Ok),
        new("GET /certificates/{number}/badge.jwt", Login, NotFound, NotFound, Ok),
        new("GET /transcript", Login, Ok, Ok, Ok),
        new("GET /transcript.csv", Login, Ok, Ok, Ok),
        new("GET /transcript.pdf", Login, Ok, Ok, Ok),

        // Coordinator pages of organisation A: the other coordinator gets 404, as if it did not exist.
        new("GET /coordinator", Login, Denied, Ok, Ok),
        new("GET /coordinator/{id:int}", Login, Denied, NotFound, Ok),
        new("POST /coordinator/{id:int}/invite", Login, Denied, NotFound, Allowed),
        new("POST /coordinator/{id:int}/invite-csv", Login, Denied, NotFound, Allowed),
        new("POST /coordinator/{id:int}/assignments", Login, Denied, NotFound, Allowed),
        new("POST /coordinator/{id:int}/invitations/{invitationId:int}/revoke", Login, Denied, NotFound, Allowed),
        new("POST /coordinator/{id:int}/memberships/{membershipId:int}/end", Login, Denied, NotFound, Allowed),
        new("GET /coordinator/{id:int}/operations/{operationId:int}", Login, Denied, NotFound, Ok),
        new("GET /coordinator/{id:int}/operations/{operationId:int}/file", Login, Denied, NotFound, Ok),
        new("GET /coordinator/{id:int}/matrix", Login, Denied, NotFound, Ok),
        new("GET /coordinator/{id:int}/dashboard", Login, Denied, NotFound, Ok),
        new("GET /coordinator/{id:int}/matrix.csv", Login, Denied, NotFound, Ok),
        new("GET /coordinator/{id:int}/completions.csv", Login, Denied, NotFound, Ok),
        new("POST /coordinator/{id:int}/certificates/export", Login, Denied, NotFound, Allowed),
        new("GET /coordinator/{id:int}/accommodations", Login, Denied, NotFound, Ok),
        new("POST /coordinator/{id:int}/accommodations", Login, Denied, NotFound, Allowed),

        // Administration.
        new("GET /admin", Login, Denied, Denied, Ok),
        new("GET /admin/audit", Login, Denied, Denied, Ok),
        new("GET /admin/board-report", Login, Denied, Denied, Ok),
        new("GET /admin/board-report.csv", Login, Denied, Denied, Allowed),
        new("GET /admin/content", Login, Denied, Denied, Ok),
        new("POST /admin/content/import", Login, Denied, Denied, Allowed),
        new("GET /admin/evaluations", Login, Denied, Denied, Ok),
        new("GET /admin/evaluations.csv", Login, Denied, Denied, Ok),
        new("GET /admin/evaluations/{slug}/comments", Login, Denied, Denied, Ok),
        new("GET /admin/evaluations/comments.csv", Login, Denied, Denied, Ok),
        new("GET /admin/item-analysis", Login, Denied, Denied, Ok),
        new("POST /admin/item-analysis/recompute", Login, Denied, Denied, Allowed),
        new("POST /admin/compliance/repair", Login, Denied, Denied, Allowed),
        new("GET /admin/item-analysis/{slug}", Login, Denied, Denied, Ok),
        new("GET /admin/item-analysis/{slug}.csv", Login, Denied, Denied, Ok),
        new("GET /admin/organisations", Login, Denied, Denied, Ok),
        new("POST /admin/organisations", Login, Denied, Denied, Allowed),
        new("POST /admin/organisations/{id:int}/coordinators", Login, Denied, Denied, Allowed),
        new("GET /admin/organisations/{id:int}/sso", Login, Denied, Denied, Ok),
        new("POST /admin/organisations/{id:int}/sso", Login, Denied, Denied, Allowed),
        new("GET /admin/organisations/{id:int}/provisioning", Login, Denied, Denied, Ok),
        new("POST /admin/organisations/{id:int}/provisioning/tokens", Login, Denied, Denied, Allowed),
        new("POST /admin/organisations/{id:int}/provisioning/tokens/{tokenId:int}/revoke", Login, Denied, Denied, NotFound),

        new("GET /admin/lti", Login, Denied, Denied, Ok),
        new("GET /admin/lti/new", Login, Denied, Denied, Ok),
        new("GET /admin/lti/{id:int}", Login, Denied, Denied, NotFound),
        new("POST /admin/lti/new", Login, Denied, Denied, Allowed),
        new("POST /admin/lti/{id:int}", Login, Denied, Denied, Allowed),
        new("POST /admin/lti/rotate-key", Login, Denied, Denied, Allowed),
        new("GET /admin/lti/scores", Login, Denied, Denied, Ok),
        new("POST /admin/lti/scores/{id:int}/retry", Login, Denied, Denied, Allowed),

        // LTI: the platform's calls are answered to anyone (the signed id_token and single-use state decide);
        // the framed pages need the LTI session cookie, which no site role carries: without it they send the
        // browser to the LTI session-ended page (not the site's sign-in, which cannot work inside the LMS frame).
        new("GET /lti/jwks", Ok, Ok, Ok, Ok),
        new("GET /lti/login", Allowed, Allowed, Allowed, Allowed),
        new("POST /lti/login", Allowed, Allowed, Allowed, Allowed),
        new("POST /lti/launch", Allowed, Allowed, Allowed, Allowed),
        new("POST /lti/deep-linking", Allowed, Allowed, Allowed, Allowed),
        new("GET /lti/session-ended", Ok, Ok, Ok, Ok),
        new("GET /lti/modules/{slug}", Allowed, Allowed, Allowed, Allowed),
        new("GET /lti/modules/{slug}/{anchor}", Allowed, Allowed, Allowed, Allowed),
        new("GET /lti/context/{slug}", Allowed, Allowed, Allowed, Allowed),

        // SCIM answers only its bearer tokens: a signed-in cookie of any role gets 401.
        new("GET /scim/v2/ServiceProviderConfig", Login, Login, Login, Login),
        new("GET /scim/v2/ResourceTypes", Login, Login, Login, Login),
        new("GET /scim/v2/ResourceTypes/{name}", Login, Login, Login, Login),
        new("GET /scim/v2/Schemas", Login, Login, Login, Login),
        new("GET /scim/v2/Schemas/{urn}", Login, Login, Login, Login),
        new("GET /scim/v2/Users", Login, Login, Login, Login),
        new("POST /scim/v2/Users", Login, Login, Login, Login),
        new("GET /scim/v2/Users/{id}", Login, Login, Login, Login),
        new("PUT /scim/v2/Users/{id}", Login, Login, Login, Login),
        new("PATCH /scim/v2/Users/{id}", Login, Login, Login, Login),
        new("DELETE /scim/v2/Users/{id}", Login, Login, Login, Login),
        new("GET /scim/v2/Groups", Login, Login, Login, Login),
        new("POST /scim/v2/Groups", Login, Login, Login, Login),
        new("GET /scim/v2/Groups/{id}", Login, Login, Login, Login),
        new("PUT /scim/v2/Groups/{id}", Login, Login, Login, Login),
        new("PATCH /scim/v2/Groups/{id}", Login, Login, Login, Login),
        new("DELETE /scim/v2/Groups/{id}", Login, Login, Login, Login),
        new("GET /admin/certificates", Login, Denied, Denied, Ok),
        new("GET /admin/certificates/{number}", Login, Denied, Denied, Ok),
        new("POST /admin/certificates/{number}/revoke", Login, Denied, Denied, Allowed),
        new("POST /admin/certificates/{number}/reissue", Login, Denied, Denied, Allowed),
        new("POST /admin/certificates/keys/rotate", Login, Denied, Denied, Allowed),
        new("ANY /admin/jobs/{**path}", Login, Denied, Denied, Ok),
        // SCORM: the admin's dispatches (the id is never an existing dispatch), and the endpoints a package's launch page calls.
        new("GET /admin/scorm", Login, Denied, Denied, Ok),
        new("POST /admin/scorm", Login, Denied, Denied, Allowed),
        new("GET /admin/scorm/{dispatchId:int}", Login, Denied, Denied, NotFound),
        new("POST /admin/scorm/{dispatchId:int}/enable", Login, Denied, Denied, NotFound),
        new("POST /admin/scorm/{dispatchId:int}/disable", Login, Denied, Denied, NotFound),
        new("POST /admin/scorm/{dispatchId:int}/delete", Login, Denied, Denied, NotFound),
        new("GET /admin/scorm/{dispatchId:int}/package/{version}", Login, Denied, Denied, NotFound),
        // Without a package token, launch link or status token of ours, each answers its refusal to anyone.
        new("POST /scorm/dispatches/{id:int}/launch", Allowed, Allowed, Allowed, Allowed),
        new("GET /scorm/launch/{token}", Allowed, Allowed, Allowed, Allowed),
        new("GET /scorm/registrations/{token}/status", NotFound, NotFound, NotFound, NotFound),
    ];
}
