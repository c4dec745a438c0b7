namespace CE.Platform.Web.Features.Accounts;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>Wrong email or password (or code), or a locked account: one answer, so neither is revealed.</summary>
    Refused,

    /// <summary>The password was right but the email is not confirmed yet.</summary>
    EmailNotConfirmed,

    /// <summary>The password was right; a code from the authenticator app (or a recovery code) comes next.</summary>
    TwoFactorRequired,

    /// <summary>The address's organisation signs its members in with single sign-on; passwords are off for it.</summary>
    SsoRequired,

    /// <summary>The second step came without a recent password step (or after it expired): start again.</summary>
    StartAgain,
}
