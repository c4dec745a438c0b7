using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Accounts;

/// <summary>Sign-ins and role changes leave audit entries an administrator can follow.</summary>
public abstract class AccountAuditTests(AppFixture app)
{
    [Fact]
    public async Task Successful_and_failed_sign_ins_are_audited_with_their_reason()
    {
        var (_, email) = await AccountSteps.SignedInAsync(app);
        var unknown = AccountSteps.NewEmail("nobody");
        using var client = app.NewClient();

        using var wrong = await AccountSteps.SignInAsync(client, email, "not the password at all");
        using var nobody = await AccountSteps.SignInAsync(client, unknown);

        Assert.Equal(["role.granted: Learner", "sign-in.succeeded: password", "sign-in.failed: wrong password"], await AuditSteps.EntriesAboutAsync(app, email));
        Assert.Equal(["sign-in.failed: no account with this address"], await AuditSteps.EntriesAboutAsync(app, unknown));
    }

    [Fact]
    public async Task Accounts_made_by_operators_record_the_roles_granted()
    {
        var email = AccountSteps.NewEmail("operator-made");

        await app.InScopeAsync(sp => sp.GetRequiredService<AccountProvisioning>().CreateConfirmedAsync(email, "Ada Admin", AccountSteps.Password, Roles.Learner, Roles.Admin));

        Assert.Equal(["role.granted: Learner, Admin"], await AuditSteps.EntriesAboutAsync(app, email));
    }

    [Fact]
    public async Task Appointing_a_coordinator_is_audited()
    {
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);
        var (_, coordinatorEmail) = await AccountSteps.SignedInAsync(app);
        var name = $"Audit Hospital {Guid.NewGuid():N}"[..27];
        using var created = await admin.SubmitAsync("/admin/organisations", new Dictionary<string, string> { ["Name"] = name }, "main form[action='/admin/organisations']");

        using var appointed = await admin.SubmitAsync(created.Headers.Location!.OriginalString,
            new Dictionary<string, string> { ["Name"] = "Casey Coordinator", ["Email"] = coordinatorEmail }, "form[action$='/coordinators']");

        Assert.Contains($"role.coordinator-appointed: {name}", await AuditSteps.EntriesAboutAsync(app, coordinatorEmail));
        admin.Dispose();
    }
}

[Collection(Collections.Sqlite)]
public sealed class AccountAuditTestsOnSqlite(SqliteAppFixture app) : AccountAuditTests(app);

[Collection(Collections.PostgreSql)]
public sealed class AccountAuditTestsOnPostgreSql(PostgreSqlAppFixture app) : AccountAuditTests(app);
