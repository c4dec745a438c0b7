using AngleSharp.Html.Dom;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Content.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Security;

/// <summary>
/// Resources that belong to someone else: a learner of organisation A with a finished attempt and a
/// certificate, A's unit and export. The four callers of the route table own none of them.
/// </summary>
public sealed class RouteAccessWorld
{
    public const string Slug = "ketamine-safety";

    public required int OrganisationId { get; init; }
    public required int OperationId { get; init; }
    public required int MembershipId { get; init; }
    public required int InvitationId { get; init; }
    public required int AttemptId { get; init; }
    public required string CertificateNumber { get; init; }
    public required string VerificationToken { get; init; }
    public required string SectionAnchor { get; init; }
    public required string AssetHash { get; init; }

    public static async Task<RouteAccessWorld> CreateAsync(AppFixture app)
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        var (owner, email) = await AccountSteps.SignedInAsync(app);
        await OrganisationSteps.AddAsync(app, organisationId, email, unit: "Ward 7");
        var membershipId = await OrganisationSteps.MembershipIdAsync(app, organisationId, email);
        var (invitee, inviteeEmail) = await AccountSteps.SignedInAsync(app);
        invitee.Dispose();
        var invitationId = await OrganisationSteps.PendingInvitationAsync(app, organisationId, inviteeEmail);
        var certificate = await CompletionSteps.CompleteAsync(app, owner, Slug);
        var overview = await owner.GetPageAsync($"/modules/{Slug}");
        var section = overview.QuerySelector($"a[href^='/modules/{Slug}/']") as IHtmlAnchorElement
            ?? throw new InvalidOperationException("The module page links no section.");
        owner.Dispose();

        var operationId = await OrganisationSteps.FinishedExportAsync(app, organisationId, certificate.UserId!);
        return await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var completion = await db.Completions.FindAsync(certificate.CompletionId) ?? throw new InvalidOperationException("No completion.");
            var asset = new ContentAsset { Hash = $"{Guid.NewGuid():N}{Guid.NewGuid():N}", ContentType = "image/png", Content = [0x89, 0x50, 0x4E, 0x47] };
            db.ContentAssets.Add(asset);
            await db.SaveChangesAsync();
            return new RouteAccessWorld
            {
                OrganisationId = organisationId,
                OperationId = operationId,
                MembershipId = membershipId,
                InvitationId = invitationId,
                AttemptId = completion.AttemptId,
                CertificateNumber = certificate.Number,
                VerificationToken = certificate.VerificationToken,
                SectionAnchor = section.PathName.Split('/')[^1],
                AssetHash = asset.Hash,
            };
        });
    }

    /// <summary>The callers of the table: nobody, a learner of no organisation, the coordinator of another one, an admin.</summary>
    public static async Task<IReadOnlyDictionary<Caller, AppClient>> CallersAsync(AppFixture app) => new Dictionary<Caller, AppClient>
    {
        [Caller.Anonymous] = app.NewClient(),
        [Caller.Learner] = (await AccountSteps.SignedInAsync(app, Roles.Learner)).Client,
        [Caller.OtherCoordinator] = (await OrganisationSteps.CoordinatorAsync(app)).Client,
        [Caller.Admin] = (await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin)).Client,
    };

    /// <summary>The value for a route parameter: always someone else's resource.</summary>
    public string ValueFor(string template, string parameter) => parameter switch
    {
        "id" => Invariant(template.StartsWith("/attempts/", StringComparison.Ordinal) ? AttemptId : OrganisationId),
        "operationId" => Invariant(OperationId),
        "dispatchId" => Invariant(int.MaxValue),
        "version" => "1.2",
        "membershipId" => Invariant(MembershipId),
        "invitationId" => Invariant(InvitationId),
        "number" => CertificateNumber,
        "token" => VerificationToken,
        "slug" => Slug,
        "anchor" => SectionAnchor,
        "hash" => AssetHash,
        "extension" => "png",
        "list" => "1",
        "code" => "404",
        "path" => "recurring",
        "tokenId" => "999999",
        "name" => "User",
        "urn" => "urn:ietf:params:scim:schemas:core:2.0:User",
        _ => throw new InvalidOperationException($"No value for {{{parameter}}} in {template}: add one to {nameof(RouteAccessWorld)}.{nameof(ValueFor)}."),
    };

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public enum Caller
{
    Anonymous,
    Learner,
    OtherCoordinator,
    Admin,
}
