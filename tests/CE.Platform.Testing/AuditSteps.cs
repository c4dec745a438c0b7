using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Testing;

public static class AuditSteps
{
    /// <summary>The audit entries about <paramref name="subject"/>, oldest first, as "action: details".</summary>
    public static Task<List<string>> EntriesAboutAsync(AppFixture app, string subject) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Subject == subject).OrderBy(e => e.Id)
            .Select(e => e.Action + ": " + e.Details).ToListAsync());
}
