using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Security;

/// <summary>Every route the running app answers, as "METHOD /template" (ANY for endpoints without a method, e.g. the jobs dashboard).</summary>
public static class AppRoutes
{
    public const string AnyMethod = "ANY";

    public static IReadOnlySet<string> From(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => Methods(endpoint).Select(method => $"{method} /{endpoint.RoutePattern.RawText?.TrimStart('/')}"))
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Methods(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : [AnyMethod];
}
