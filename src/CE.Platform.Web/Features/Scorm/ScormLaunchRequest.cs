using System.Security.Cryptography;
using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Scorm;

/// <summary>What the package's launch page posts: the package token and who the LMS says the learner is.</summary>
public sealed record ScormLearner(string? PackageToken, string? LearnerId, string? LearnerName);

/// <summary>A launch granted: the frame's single-use link, the status link to poll, and the browser binding to set as a cookie.</summary>
public sealed record ScormLaunchGrant(string LaunchUrl, string StatusUrl, string Binding);

/// <summary>
/// The server side of the launch page's request: check the package token and the dispatch, find or
/// create the registration (seat limit), and issue a short-lived, single-use launch bound to the
/// requesting browser by a random value whose hash the launch row keeps.
/// </summary>
public sealed class ScormLaunchRequests(AppDbContext db, ScormTokens tokens, ScormRegistrations registrations, PublicUrls urls, AuditLog audit, TimeProvider clock)
{
    public async Task<(ScormLaunchGrant? Grant, ScormRefusal? Refusal)> RequestAsync(int dispatchId, string origin, ScormLearner learner, CancellationToken cancellationToken)
    {
        if (tokens.DispatchOf(learner.PackageToken) != dispatchId)
        {
            return (null, await RefuseAsync(ScormRefusal.BadPackageToken, dispatchId, origin, learner));
        }

        var learnerKey = learner.LearnerId?.Trim();
        if (string.IsNullOrEmpty(learnerKey) || learnerKey.Length > ScormLimits.LearnerKeyMax || learnerKey.Any(char.IsControl))
        {
            return (null, ScormRefusal.BadLearner);
        }

        var dispatch = await db.ScormDispatches.AsNoTracking().SingleAsync(d => d.Id == dispatchId, cancellationToken);
        var refusal = dispatch.DeletedAtUtc is not null ? ScormRefusal.Withdrawn : !dispatch.Enabled ? ScormRefusal.Disabled : null;
        if (refusal is not null)
        {
            return (null, await RefuseAsync(refusal, dispatchId, origin, learner));
        }

        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == dispatch.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var registration = await registrations.FindOrCreateAsync(dispatch, organisation, learnerKey, LearnerName(learner.LearnerName), cancellationToken);
        if (registration is null)
        {
            return (null, await RefuseAsync(ScormRefusal.SeatsTaken, dispatchId, origin, learner));
        }

        var binding = ScormBinding.New();
        var launch = new ScormLaunch
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            RegistrationId = registration.Id,
            Origin = origin,
            BindingHash = ScormBinding.Hash(binding),
            ExpiresAtUtc = clock.GetUtcNow().UtcDateTime + ScormLimits.LaunchValidFor,
        };
        db.ScormLaunches.Add(launch);
        await db.SaveChangesAsync(cancellationToken);
        return (new ScormLaunchGrant(
            urls.For($"/scorm/launch/{tokens.ForLaunch(launch.Id)}"),
            urls.For($"/scorm/registrations/{tokens.ForStatus(registration.Id)}/status"),
            binding), null);
    }

    // SCORM 1.2 names are "Family, Given"; shown as given. Only a display name: it links nothing.
    private static string LearnerName(string? name)
    {
        var trimmed = new string((name ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        return trimmed.Length == 0 ? "LMS learner" : trimmed[..Math.Min(trimmed.Length, ScormLimits.LearnerNameMax)];
    }

    private async Task<ScormRefusal> RefuseAsync(ScormRefusal refusal, int dispatchId, string origin, ScormLearner learner)
    {
        var learnerId = learner.LearnerId is { Length: > 64 } id ? id[..64] : learner.LearnerId;
        await audit.RecordNowAsync("scorm.launch-refused", $"dispatch {dispatchId}", $"{refusal.Title}; LMS learner {learnerId}; from {origin}");
        return refusal;
    }
}
