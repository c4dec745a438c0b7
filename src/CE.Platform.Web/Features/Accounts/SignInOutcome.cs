namespace CE.Platform.Web.Features.Accounts;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>Wrong email or password, or a locked account: one answer, so neither is revealed.</summary>
    Refused,

    /// <summary>The password was right but the email is not confirmed yet.</summary>
    EmailNotConfirmed,
}
