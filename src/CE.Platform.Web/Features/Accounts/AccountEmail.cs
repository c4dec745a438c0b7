namespace CE.Platform.Web.Features.Accounts;

/// <summary>The emails of the account life cycle, each sent by <see cref="AccountEmailJob"/> when it applies.</summary>
public enum AccountEmail
{
    /// <summary>The link that confirms the address; only while it is unconfirmed.</summary>
    Confirmation,

    /// <summary>Someone registered an address that has an account.</summary>
    AlreadyRegistered,

    /// <summary>The link that sets a new password; only for a confirmed address.</summary>
    PasswordReset,

    /// <summary>Failed sign-ins locked the account.</summary>
    LockedOut,
}
