using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CE.Platform.Web.Features.Scorm;

/// <summary>
/// The three tokens of the SCORM boundary, each under its own Data Protection purpose so one can never
/// stand for another: the package token (names a dispatch; inside every zip), the launch token (names
/// a single-use launch row) and the status token (names a registration; read-only progress).
/// Authenticated encryption: a changed character makes the token unreadable, not another id.
/// </summary>
public sealed class ScormTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector package = provider.CreateProtector("CE.Scorm.Package.v1");
    private readonly IDataProtector launch = provider.CreateProtector("CE.Scorm.Launch.v1");
    private readonly IDataProtector status = provider.CreateProtector("CE.Scorm.Status.v1");

    public string ForPackage(int dispatchId) => package.Protect(dispatchId.ToString(CultureInfo.InvariantCulture));

    public int? DispatchOf(string? token) => int.TryParse(Read(package, token), CultureInfo.InvariantCulture, out var id) ? id : null;

    public string ForLaunch(string launchId) => launch.Protect(launchId);

    public string? LaunchOf(string? token) => Read(launch, token);

    public string ForStatus(int registrationId) => status.Protect(registrationId.ToString(CultureInfo.InvariantCulture));

    public int? RegistrationOf(string? token) => int.TryParse(Read(status, token), CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string? Read(IDataProtector protector, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            return protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
