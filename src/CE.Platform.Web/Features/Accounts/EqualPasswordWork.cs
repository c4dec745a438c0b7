using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>
/// The work of checking a password, spent where Identity answers without checking one (no account,
/// a locked account, an account with no password yet), so those answers take as long as a wrong password.
/// </summary>
public sealed class EqualPasswordWork
{
    private readonly PasswordHasher<AppUser> hasher;
    private readonly Lazy<string> standIn;

    public EqualPasswordWork(IOptions<PasswordHasherOptions> options)
    {
        hasher = new PasswordHasher<AppUser>(options);
        // Made with the configured work factor, so checking against it costs what checking a real hash costs.
        standIn = new(() => hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString()));
    }

    /// <summary>Checks <paramref name="password"/> against <paramref name="passwordHash"/> (or a stand-in) and ignores the result.</summary>
    public void Spend(string? passwordHash, string password) =>
        hasher.VerifyHashedPassword(new AppUser(), passwordHash ?? standIn.Value, password);
}
