namespace CE.Platform.Web.Features.Accounts.TwoFactor;

/// <summary>
/// Sends a signed-in person whose role needs two factors, and who has not enrolled, to the setup
/// page from every page but the two-factor pages and sign-out, until they enrol.
/// </summary>
public static class TwoFactorEnrolmentGate
{
    public const string SetupPath = "/profile/two-factor/setup";

    private static readonly PathString[] Open = ["/profile/two-factor", "/account/logout", "/status", "/error", "/health"];

    public static IApplicationBuilder UseTwoFactorEnrolmentGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.RequestServices.GetRequiredService<TwoFactorRequirement>().MustEnrol(context.User)
                && !Open.Any(path => context.Request.Path.StartsWithSegments(path)))
            {
                context.Response.Redirect(SetupPath);
                return;
            }

            await next();
        });
}
