using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace Score.Web.Authorization;

/// <summary>
/// Until a user replaces a password an administrator set, every page but the change-password
/// page and sign-out sends them there. Their API tokens answer 403 meanwhile: a script cannot follow
/// a redirect to a form, and a password an administrator reset may mean the account was misused.
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
        if (context.Controller is Infrastructure.Api.ApiControllerBase)
        {
            var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            context.Result = new ObjectResult(new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = text["Api.PasswordChangeRequired"] })
            {
                StatusCode = StatusCodes.Status403Forbidden, ContentTypes = { "application/problem+json" },
            };
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
