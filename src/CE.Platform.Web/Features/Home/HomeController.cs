using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Home;

public sealed class HomeController : Controller
{
    // Any method: the exception handler re-executes the failed request (often a POST) here.
    [Route("/error")]
    public IActionResult Error() => View("Error");

    /// <summary>The page for an empty error response (re-executed with the request's own method).</summary>
    [Route("/status/{code:int}")]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code;
        return View(code == StatusCodes.Status404NotFound ? "NotFound" : "StatusCode", code);
    }
}
