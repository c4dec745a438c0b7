using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Admin;

/// <summary>The administrator's start page and the audit log.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AdminHomeController(AuditLogQuery audit) : Controller
{
    [HttpGet("/admin")]
    public IActionResult Index() => View();

    [HttpGet("/admin/audit")]
    public async Task<IActionResult> Audit(int page = 1, CancellationToken cancellationToken = default) =>
        View(await audit.PageAsync(Math.Max(1, page), cancellationToken));
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, bool HasMore);
