using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();

    [HttpGet("/error")]
    public IActionResult Error() => View("Error");

    [HttpGet("/not-found")]
    public IActionResult PageNotFound()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("NotFound");
    }
}
