using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Score.Web.Authorization;

/// <summary>
/// Until a user replaces a password an administrator set, every page but the change-password
/// page and sign-out sends them there.
/// </summary>
public sealed class MustChangePasswordFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        var user = context.HttpContext.User;
        if (!user.HasClaim(ScoreClaims.MustChangePassword, "true"))
        {
            return;
        }
        if (context.ActionDescriptor.EndpointMetadata.OfType<AllowedBeforePasswordChangeAttribute>().Any())
        {
            return;
        }
        context.Result = new RedirectToActionResult("ChangePassword", "Account", null);
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowedBeforePasswordChangeAttribute : Attribute;
