using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace CE.Platform.Web.Infrastructure.Mvc;

/// <summary>
/// Finds a controller's views inside its feature folder, so a feature's controller, models and
/// views live together: <c>Features/{Feature}/Views/{Controller}/{Action}.cshtml</c>.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor descriptor
            && descriptor.ControllerTypeInfo.Namespace is { } ns
            && ns.Split('.') is [.., "Features", var feature])
        {
            context.Values[FeatureKey] = feature;
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(FeatureKey, out var feature) && feature is not null
            ? [$"/Features/{feature}/Views/{{1}}/{{0}}.cshtml", $"/Features/{feature}/Views/Shared/{{0}}.cshtml", .. viewLocations]
            : viewLocations;
}
