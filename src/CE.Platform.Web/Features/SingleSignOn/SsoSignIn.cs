using System.Globalization;
using System.Security.Claims;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Accounts.TwoFactor;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.SingleSignOn;

public enum SsoOutcome
{
    SignedIn,
    TwoFactorRequired,
    Refused,
}

public sealed record SsoResult(SsoOutcome Outcome, string? Refusal = null);

/// <summary>
/// The step after the provider's answer passed the handler's checks: the organisation's rules
/// (<see cref="SsoRules"/>), then the account: found by its external login, or linked to the local
/// account with the verified address, or created just in time, a member from now on.
/// </summary>
public sealed class SsoSignIn(
    AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, SsoDirectory directory, MembershipChanges memberships, AuditLog audit, TimeProvider clock)
{
    public async Task<SsoResult> CompleteAsync(int organisationId, SsoAssertion assertion, string? idToken)
    {
        var provider = await directory.ForOrganisationAsync(organisationId);
        var refusal = provider is not { Connection.Enabled: true }
            ? "single sign-on is off for this organisation"
            : SsoRules.RefusalOf(assertion, provider.Connection.Issuer, await directory.DomainsOfAsync(organisationId));
        if (refusal is not null)
        {
            return await RefuseAsync(provider?.OrganisationName, assertion, refusal);
        }

        var loginProvider = SsoScheme.LoginProvider(organisationId);
        var user = await users.FindByLoginAsync(loginProvider, assertion.LoginKey)
            ?? await LinkOrCreateAsync(provider!, loginProvider, assertion);
        if (await users.IsLockedOutAsync(user))
        {
            return await RefuseAsync(provider!.OrganisationName, assertion, "the account is locked");
        }

        var mfa = SsoRules.HasMfaEvidence(assertion, provider!.Connection.MfaAcrValues);
        if (!mfa && user.TwoFactorEnabled)
        {
            // No second factor at the provider: the local authenticator app applies as for a password sign-in.
            var result = await signIn.ExternalLoginSignInAsync(loginProvider, assertion.LoginKey, isPersistent: false, bypassTwoFactor: false);
            return new SsoResult(result.RequiresTwoFactor ? SsoOutcome.TwoFactorRequired : SsoOutcome.Refused, result.RequiresTwoFactor ? null : "the account cannot sign in");
        }

        var properties = new AuthenticationProperties();
        if (idToken is not null)
        {
            properties.StoreTokens([new AuthenticationToken { Name = "id_token", Value = idToken }]);
        }

        List<Claim> claims = [new(SsoScheme.OrganisationClaim, organisationId.ToString(CultureInfo.InvariantCulture))];
        if (mfa)
        {
            claims.Add(new Claim(TwoFactorRequirement.EnrolledClaim, TwoFactorRequirement.ProviderMfa));
        }

        await signIn.SignInWithClaimsAsync(user, properties, claims);
        await audit.RecordNowAsync("sign-in.succeeded", user.Email!, $"single sign-on, {provider.OrganisationName}; amr {string.Join(' ', assertion.Amr)}; acr {assertion.Acr}{(mfa ? "; multi-factor at the provider" : "")}");
        return new SsoResult(SsoOutcome.SignedIn);
    }

    private async Task<AppUser> LinkOrCreateAsync(SsoProvider provider, string loginProvider, SsoAssertion assertion) =>
        await db.InTransactionAsync(async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var user = await users.FindByEmailAsync(assertion.Email!);
            if (user is null)
            {
                user = new AppUser
                {
                    UserName = assertion.Email,
                    Email = assertion.Email,
                    EmailConfirmed = true,
                    FullName = string.IsNullOrWhiteSpace(assertion.Name) ? assertion.Email! : assertion.Name,
                    CreatedAtUtc = now,
                };
                Succeeded(await users.CreateAsync(user), "create the account");
                audit.Record("sso.account-created", user.Email!, provider.OrganisationName);
            }
            else
            {
                if (!user.EmailConfirmed)
                {
                    // Someone may have registered this address before its owner: the provider proves the owner, so that password goes.
                    user.EmailConfirmed = true;
                    if (await users.HasPasswordAsync(user))
                    {
                        Succeeded(await users.RemovePasswordAsync(user), "remove the unconfirmed account's password");
                    }

                    Succeeded(await users.UpdateAsync(user), "confirm the address");
                }

                audit.Record("sso.account-linked", user.Email!, provider.OrganisationName);
            }

            Succeeded(await users.AddLoginAsync(user, new UserLoginInfo(loginProvider, assertion.LoginKey, provider.OrganisationName)), "link the external login");
            await memberships.JoinNowAsync(provider.OrganisationId, provider.OrganisationName, user.Id, user.Email!, "by single sign-on");
            await db.SaveChangesAsync();
            return user;
        }, CancellationToken.None);

    private async Task<SsoResult> RefuseAsync(string? organisationName, SsoAssertion assertion, string refusal)
    {
        await audit.RecordNowAsync("sign-in.sso-refused", assertion.Email ?? assertion.Subject, $"{organisationName ?? "unknown organisation"}: {refusal}");
        return new SsoResult(SsoOutcome.Refused, refusal);
    }

    private static void Succeeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Single sign-on could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
