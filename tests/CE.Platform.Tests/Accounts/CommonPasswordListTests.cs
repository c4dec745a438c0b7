using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts.Passwords;

namespace CE.Platform.Tests.Accounts;

public sealed class CommonPasswordListTests
{
    [Fact]
    public void The_shipped_list_holds_tens_of_thousands_of_long_common_passwords_compared_without_case()
    {
        var list = CommonPasswords.Load();

        Assert.True(list.Count > 40_000, $"{list.Count} entries");
        Assert.True(list.Contains("1QAZ2WSX3EDC"));
        Assert.False(list.Contains(AccountSteps.Password));
    }
}
