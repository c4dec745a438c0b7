using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Certificates;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Security;

/// <summary>
/// A learner, their organisation and its coordinator and an admin who typed payloads into every
/// free-text field, through the site's own forms: registration, profile, organisation, invitation
/// and unit, accommodation, evaluation, reissue and revocation.
/// </summary>
public sealed class PayloadWorld : IDisposable
{
    public const string Module = "ketamine-safety";
    public const string RevokedModule = "ketamine-history";

    private PayloadWorld(string tag) => Tag = tag;

    /// <summary>Makes this run's values unique (organisation names are).</summary>
    public string Tag { get; }

    public string FullName => Payloads.Name("FN" + Tag);
    public string Credential => Payloads.Short("CR");
    public string LicenseNumber => Payloads.Short("LN");
    public string LicenseRegion => Payloads.Script + Payloads.Short("LR");
    public string GivenName => Payloads.Name("GN");
    public string FamilyName => Payloads.Name("FM");
    public string OrganisationName => Payloads.Name("OR" + Tag);
    public string UnitName => Payloads.Name("UN");
    public string InvitedName => Payloads.Name("IN");
    public string AccommodationReason => Payloads.Text("accommodation");
    public string Comments => Payloads.Text("comments");
    public string ReissueReason => Payloads.Text("reissue");
    public string RevocationReason => Payloads.Text("revocation");

    public required AppClient Learner { get; init; }
    public required AppClient Coordinator { get; init; }
    public required AppClient Admin { get; init; }
    public int OrganisationId { get; private set; }
    /// <summary>The learner's valid certificate (a reissued copy).</summary>
    public Certificate Certificate { get; private set; } = null!;

    /// <summary>The learner's other certificate, revoked.</summary>
    public string RevokedNumber { get; private set; } = "";

    public static async Task<PayloadWorld> CreateAsync(AppFixture app)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var email = AccountSteps.NewEmail();
        var learner = app.NewClient();
        var (coordinator, coordinatorEmail) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Coordinator);
        var world = new PayloadWorld(tag)
        {
            Learner = learner,
            Coordinator = coordinator,
            Admin = (await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin)).Client,
        };
        await AccountSteps.RegisterAndConfirmAsync(app, learner, email, world.FullName, world.Credential);
        Redirected(await AccountSteps.SignInAsync(learner, email));
        Redirected(await learner.SubmitAsync("/profile", new Dictionary<string, string>
        {
            ["LicenseNumber"] = world.LicenseNumber,
            ["LicenseRegion"] = world.LicenseRegion,
            ["ReportToBoards"] = "true",
            ["GivenName"] = world.GivenName,
            ["FamilyName"] = world.FamilyName,
            ["BirthMonth"] = "3",
            ["BirthDay"] = "14",
        }));
        await world.SetUpOrganisationAsync(app, email, coordinatorEmail);
        await world.IssueAsync(app);
        return world;
    }

    public void Dispose()
    {
        Learner.Dispose();
        Coordinator.Dispose();
        Admin.Dispose();
    }

    private async Task SetUpOrganisationAsync(AppFixture app, string learnerEmail, string coordinatorEmail)
    {
        Redirected(await Admin.SubmitAsync("/admin/organisations", new Dictionary<string, string> { ["Name"] = OrganisationName }));
        OrganisationId = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Organisations.Where(o => o.Name == OrganisationName).Select(o => o.Id).SingleAsync());
        var organisation = $"/coordinator/{OrganisationId}";
        Redirected(await Admin.SubmitAsync(organisation, new Dictionary<string, string> { ["Name"] = InvitedName, ["Email"] = AccountSteps.NewEmail("invited") }, "form[action$='/coordinators']"));
        await OrganisationSteps.AddAsync(app, OrganisationId, coordinatorEmail, coordinator: true);
        Redirected(await Coordinator.SubmitAsync(organisation, new Dictionary<string, string> { ["Name"] = "Ignored for an existing account", ["Email"] = learnerEmail, ["Unit"] = UnitName }, "form[action$='/invite']"));
        await OrganisationSteps.AcceptInvitationAsync(app, Learner, learnerEmail);
        Redirected(await Coordinator.SubmitAsync(organisation, new Dictionary<string, string> { ["Modules"] = Module, ["Target"] = "organisation" }, "form[action$='/assignments']"));
        var learnerId = await app.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(learnerEmail))!.Id);
        Redirected(await Coordinator.SubmitAsync($"{organisation}/accommodations", new Dictionary<string, string>
        {
            ["LearnerId"] = learnerId,
            ["Module"] = Module,
            ["ExtraMinutes"] = "15",
            ["Reason"] = AccommodationReason,
        }));
    }

    /// <summary>Completes <paramref name="module"/> with the payload comments; returns its certificate.</summary>
    private async Task<Certificate> CompleteAsync(AppFixture app, string module)
    {
        var attemptId = await QuizSteps.StartAsync(Learner, module);
        using var submitted = await QuizSteps.SubmitAsync(Learner, attemptId, await QuizSteps.AnswersAsync(app, attemptId, correct: true));
        Redirected(await Learner.SubmitAsync($"/attempts/{attemptId}/complete", new Dictionary<string, string>(QuizSteps.Evaluation()) { ["Comments"] = Comments }));
        return await ValidCertificateAsync(app, db => db.Completions.Where(c => c.AttemptId == attemptId).Select(c => c.Id));
    }

    /// <summary>Reissues the first certificate (the copy stays valid and is what pages and exports show); revokes a second one.</summary>
    private async Task IssueAsync(AppFixture app)
    {
        var first = await CompleteAsync(app, Module);
        Redirected(await Admin.SubmitAsync($"/admin/certificates/{first.Number}", new Dictionary<string, string> { ["Reason"] = ReissueReason }, "form[action$='/reissue']"));
        Certificate = await ValidCertificateAsync(app, db => db.Completions.Where(c => c.Id == first.CompletionId).Select(c => c.Id));
        RevokedNumber = (await CompleteAsync(app, RevokedModule)).Number;
        Redirected(await Admin.SubmitAsync($"/admin/certificates/{RevokedNumber}", new Dictionary<string, string>
        {
            ["Category"] = CertificateActionForm.RevocationCategories[0],
            ["Reason"] = RevocationReason,
        }, "form[action$='/revoke']"));
    }

    private static Task<Certificate> ValidCertificateAsync(AppFixture app, Func<AppDbContext, IQueryable<int>> completion) => app.InScopeAsync(sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        return db.Certificates.AsNoTracking().SingleAsync(c => completion(db).Contains(c.CompletionId) && c.Status == CertificateStatus.Valid);
    });

    private static void Redirected(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, not a redirect: a form was refused.");
        }
    }
}
