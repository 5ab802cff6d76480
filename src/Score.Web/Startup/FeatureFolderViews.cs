using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Score.Web.Startup;

/// <summary>
/// Finds a controller's views in the folder of its feature (the last part of its namespace), not of its name,
/// so one feature folder can hold several controllers that share views (trainings, their days, their enrolments).
/// </summary>
public sealed class FeatureFolderViews : IViewLocationExpander
{
    private const string Feature = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns)
        {
            context.Values[Feature] = ns[(ns.LastIndexOf('.') + 1)..];
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(Feature, out var feature) && feature is not null
            ? viewLocations.Select(location => location.Replace("{1}", feature, StringComparison.Ordinal))
            : viewLocations;
}
