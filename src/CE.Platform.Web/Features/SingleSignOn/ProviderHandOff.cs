using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>What the hand-off page shows while the browser goes on to the provider.</summary>
public sealed record ProviderHandOffPage(string Heading, string Text, string ProviderUrl);

/// <summary>
/// Browsers apply the page's Content-Security-Policy <c>form-action 'self'</c> to every redirect that follows
/// a form post, so the sign-in and sign-out forms cannot be answered with a redirect to the provider (another
/// origin): Chrome refuses it and the person stays on the form. The handler's challenge or sign-out still runs
/// (state, nonce and correlation cookies as usual); its redirect becomes a page that goes on by itself
/// (<c>meta refresh</c>, which needs no script) with a link for browsers that do not.
/// </summary>
public static class ProviderHandOff
{
    public const string LinkId = "provider-link";

    public static async Task<IActionResult> HandOffAsync(this Controller controller, Func<Task> redirectToProvider, string heading, string text)
    {
        await redirectToProvider();
        var response = controller.Response;
        if (response.StatusCode != StatusCodes.Status302Found || response.Headers.Location.ToString() is not { Length: > 0 } location)
        {
            return new EmptyResult(); // The handler answered otherwise: keep its answer.
        }

        response.Headers.Location = default;
        response.StatusCode = StatusCodes.Status200OK;
        return controller.View("~/Features/SingleSignOn/Views/Sso/HandOff.cshtml", new ProviderHandOffPage(heading, text, location));
    }
}
