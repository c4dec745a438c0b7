using CE.Platform.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// Pages of a launched session: framable by the launching platform's origins only (from the session), and laid
/// out without the site's navigation, whose pages the frame cannot reach.
/// </summary>
public sealed class LtiFramedAttribute : ActionFilterAttribute
{
    public const string Layout = "/Features/Lti/Views/Shared/_FramedLayout.cshtml";

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.HttpContext.User.FindFirst(LtiSession.FrameAncestorsClaim)?.Value is { Length: > 0 } ancestors)
        {
            SecurityHeaders.AllowFraming(context.HttpContext.Response, ancestors);
        }

        if (context.Controller is Microsoft.AspNetCore.Mvc.Controller controller)
        {
            controller.ViewData["Layout"] = Layout;
        }
    }
}
