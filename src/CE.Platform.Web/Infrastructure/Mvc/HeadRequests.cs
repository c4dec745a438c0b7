namespace CE.Platform.Web.Infrastructure.Mvc;

/// <summary>
/// HEAD is answered wherever GET is (uptime monitors and link checkers use it, and MVC's
/// <c>[HttpGet]</c> routes alone answer 405): the request is routed as a GET and the body the
/// endpoint writes is thrown away, so the status and headers are exactly those of the GET.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next();
                return;
            }

            var body = context.Response.Body;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            try
            {
                await next();
            }
            finally
            {
                context.Request.Method = HttpMethods.Head;
                context.Response.Body = body;
            }
        });
}
