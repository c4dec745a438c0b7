using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CE.Platform.Web.Infrastructure.RateLimiting;

/// <summary>
/// Applies a named limit to an action across every instance of the site (the count is kept in the
/// database): past the limit the request gets 429 and a Retry-After, before model binding or the action runs.
/// It runs after sign-in, so a limit can be per person.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class SharedRateLimitAttribute(string policy) : Attribute, IFilterFactory
{
    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) => new Filter(policy, serviceProvider.GetRequiredService<RateLimitGate>());

    private sealed class Filter(string policy, RateLimitGate gate) : IAsyncResourceFilter
    {
        public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
        {
            if (!await gate.AdmitAsync(policy, context.HttpContext))
            {
                context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
                return;
            }

            await next();
        }
    }
}
