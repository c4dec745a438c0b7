namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>
/// Which organisation's provider the current request talks to. Set before the handler runs: by the
/// sign-in and sign-out actions, and, for the provider's callbacks, from the organisation in the path
/// (read from the database here, asynchronously, because the handler asks for its options synchronously).
/// </summary>
public static class SsoRequestOrganisation
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, SsoProvider provider) => context.Items[Key] = provider;

    public static SsoProvider? Get(HttpContext? context) => context?.Items[Key] as SsoProvider;

    public static IApplicationBuilder UseSsoRequestOrganisation(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (SsoPaths.OrganisationOf(context.Request.Path) is { } id
                && await context.RequestServices.GetRequiredService<SsoDirectory>().ForOrganisationAsync(id) is { } provider)
            {
                Set(context, provider);
            }

            await next();
        });
}
