using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Score.Web.Infrastructure;

/// <summary>
/// Bounds an upload before anything reads it: a declared size over the limit answers 413 at
/// once (the friendly "file too large" page), and a body sent without a size is cut off by the
/// server at the limit. Runs before the antiforgery check, which would otherwise read the whole body.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadLimitAttribute(long bytes) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public long Bytes => bytes;

    public int Order => -1000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = bytes;
        }
        if (http.Request.ContentLength > bytes)
        {
            context.Result = new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
    }
}

public static class RequestFailures
{
    /// <summary>The status a failed request deserves: a body too large or malformed is the client's (4xx), anything else 500.</summary>
    public static int StatusOf(HttpContext context) =>
        context.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
}
