using CE.Platform.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Content;

/// <summary>Serves course images by content hash; the address changes when the image does, so it may be cached for good.</summary>
[AllowAnonymous]
public sealed class ContentAssetsController(AppDbContext db) : Controller
{
    [HttpGet("/content-assets/{hash:length(64)}.{extension}")]
    public async Task<IActionResult> Get(string hash, CancellationToken cancellationToken)
    {
        var asset = await db.ContentAssets.AsNoTracking().SingleOrDefaultAsync(a => a.Hash == hash, cancellationToken);
        if (asset is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return File(asset.Content, asset.ContentType);
    }
}
