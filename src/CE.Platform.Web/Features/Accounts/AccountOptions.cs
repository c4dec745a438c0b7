namespace CE.Platform.Web.Features.Accounts;

public sealed class AccountOptions
{
    /// <summary>Accounts whose email was never confirmed are removed after this many days.</summary>
    public int UnconfirmedRetentionDays { get; set; } = 7;
}
