namespace CE.Platform.Web.Infrastructure.Security;

/// <summary>
/// Every answer the app itself writes (pages, certificates, transcripts, exports, credentials) is
/// <c>Cache-Control: no-store</c> unless the endpoint chose a policy of its own: a shared
/// workstation's browser or a proxy must not keep a clinician's records. Static files, which carry
/// nobody's data, are served before routing and keep their validators.
/// </summary>
public static class NoStoreByDefault
{
    public static IApplicationBuilder UseNoStoreByDefault(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.GetEndpoint() is not null && !context.Response.Headers.ContainsKey("Cache-Control"))
                {
                    context.Response.Headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next();
        });
}
