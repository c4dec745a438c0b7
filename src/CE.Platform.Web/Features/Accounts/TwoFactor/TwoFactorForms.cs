using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CE.Platform.Web.Features.Accounts.TwoFactor;

public sealed class EnableTwoFactorForm
{
    [Required(ErrorMessage = "Enter the six-digit code your app shows."), StringLength(20)]
    [Display(Name = "Code from your authenticator app")]
    public string Code { get; set; } = "";

    /// <summary>The key to type, shown beside the form (never read from a post).</summary>
    [BindNever]
    public string GroupedKey { get; set; } = "";

    /// <summary>The same key as a QR code to scan.</summary>
    [BindNever]
    public string QrCodeDataUri { get; set; } = "";
}

public sealed class DisableTwoFactorForm
{
    [Required(ErrorMessage = "Enter your password."), DataType(DataType.Password), StringLength(ProfileLimits.PasswordMax)]
    [Display(Name = "Your password")]
    public string Password { get; set; } = "";
}

public sealed class SecondStepForm
{
    [Required(ErrorMessage = "Enter the code from your authenticator app, or a recovery code."), StringLength(20)]
    [Display(Name = "Code from your authenticator app, or a recovery code")]
    public string Code { get; set; } = "";

    [Display(Name = "Don't ask for a code on this device for 14 days")]
    public bool RememberDevice { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>Recovery codes, shown once right after they are made.</summary>
public sealed record RecoveryCodes(IReadOnlyList<string> Codes)
{
    public string AsText => "CE.Platform recovery codes. Each works once, instead of a code from your authenticator app.\n\n" + string.Join('\n', Codes) + "\n";
}

public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft, bool Required);
