using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Score.Web.Authorization;

namespace Score.Web.Features.Errors;

public sealed record ErrorPage(int StatusCode, string TitleKey, string MessageKey)
{
    public static ErrorPage For(int statusCode) => statusCode switch
    {
        StatusCodes.Status403Forbidden => new(statusCode, "Error.403.Title", "Error.403.Message"),
        StatusCodes.Status404NotFound => new(statusCode, "Error.404.Title", "Error.404.Message"),
        StatusCodes.Status400BadRequest => new(statusCode, "Error.400.Title", "Error.400.Message"),
        StatusCodes.Status429TooManyRequests => new(statusCode, "Error.429.Title", "Error.429.Message"),
        StatusCodes.Status413PayloadTooLarge => new(statusCode, "Error.413.Title", "Error.413.Message"),
        < 500 => new(statusCode, "Error.Other.Title", "Error.Other.Message"),
        _ => new(statusCode, "Error.500.Title", "Error.500.Message"),
    };
}

[AllowAnonymous]
[AllowedBeforePasswordChange]
[ApiExplorerSettings(IgnoreApi = true)]
[Route("error")]
public sealed class ErrorsController : Controller
{
    [Route("{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show([FromRoute] int statusCode)
    {
        if (statusCode == StatusCodes.Status500InternalServerError)
        {
            statusCode = Infrastructure.RequestFailures.StatusOf(HttpContext);
        }
        var page = ErrorPage.For(statusCode);
        Response.StatusCode = statusCode is >= 400 and < 600 ? statusCode : StatusCodes.Status500InternalServerError;
        return View("Error", page);
    }
}
