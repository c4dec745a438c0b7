using System.Security.Claims;
using CE.Platform.Web.Data;

namespace CE.Platform.Web.Infrastructure.Audit;

/// <summary>
/// Records audit entries in the caller's unit of work, so an action and its record are saved
/// together (or not at all).
/// </summary>
public sealed class AuditLog(AppDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public void Record(string action, string subject, string? details = null)
    {
        var user = http.HttpContext?.User;
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ActorUserId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            ActorEmail = user?.FindFirstValue(ClaimTypes.Email) ?? user?.Identity?.Name,
            Action = action,
            Subject = subject,
            Details = details,
        });
    }

    /// <summary>Records and saves at once, for actions with no unit of work of their own (sign-ins, Identity's own saves).</summary>
    public async Task RecordNowAsync(string action, string subject, string? details = null)
    {
        Record(action, subject, details);
        await db.SaveChangesAsync();
    }
}
