namespace CE.Platform.Web.Features.Accounts;

public sealed class DemoSeedOptions
{
    public bool DemoAccounts { get; set; }

    /// <summary>Password for the demo accounts; a random one is made and printed once when empty.</summary>
    public string? DemoPassword { get; set; }
}
