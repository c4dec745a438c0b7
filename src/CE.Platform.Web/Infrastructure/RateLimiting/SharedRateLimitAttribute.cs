using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

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

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) => new Filter(
        serviceProvider.GetRequiredService<IOptions<RateLimitPolicies>>().Value[policy], policy, serviceProvider.GetRequiredService<RateLimitCounter>());

    private sealed class Filter(RateLimitPolicy limit, string name, RateLimitCounter counter) : IAsyncResourceFilter
    {
        public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
        {
            var key = $"{name}:{limit.Partition(context.HttpContext)}";
            if (await counter.CountAsync(key, limit.Window, context.HttpContext.RequestAborted) > limit.PermitLimit)
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)limit.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
                return;
            }

            await next();
        }
    }
}
