namespace CE.Platform.Web.Infrastructure.Mvc;

/// <summary>
/// A request, once started, runs to the end even if the client goes away. Every query of a request
/// takes milliseconds, and cancelling one costs more than finishing it: Npgsql cancels inline,
/// opening a new connection (with its TLS handshake) on the thread that fires the token
/// (npgsql/npgsql#3696), so 32 clients leaving at once blocked the thread pool for seconds
/// (docs/performance.md, third round). Long work runs as background jobs.
/// </summary>
public static class RunToCompletion
{
    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        context.RequestAborted = CancellationToken.None;
        return next(context);
    }
}
