using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Catalog;

/// <summary>The public catalog: what is offered, with objectives, time and credit. Reading needs an account.</summary>
[AllowAnonymous]
public sealed class CatalogController(CatalogQuery catalog) : Controller
{
    [HttpGet("/")]
    [HttpGet("/catalog")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await catalog.ListAsync(cancellationToken));
}
