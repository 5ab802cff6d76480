using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Score.Web.Authorization;

namespace Score.Web.Infrastructure.Api;

/// <summary>One page of a list: its items, and the cursor of the next page when there is one (also in the Link header).</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>
/// What every API endpoint shares: a bearer token and nothing else (no cookie, so no antiforgery),
/// the per-token rate limit, problem details, keyset paging, ETags.
/// </summary>
[ApiController]
[Authorize(Policy = ApiTokenFormat.Policy)]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(RateLimits.Api)]
public abstract class ApiControllerBase : ControllerBase
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    protected static int Limit(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

    /// <summary>The id a cursor stands for (keyset paging by id: stable when rows are added meanwhile); 0 for the first page.</summary>
    protected static int After(string? cursor) =>
        cursor is not null && int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : 0;

    /// <summary>A page of a list fetched with one row more than asked, to know whether another page follows.</summary>
    protected IActionResult Listed<T>(List<T> fetched, int limit, Func<T, int> id)
    {
        string? next = null;
        if (fetched.Count > limit)
        {
            fetched.RemoveAt(limit);
            next = id(fetched[^1]).ToString(CultureInfo.InvariantCulture);
            Response.Headers.Link = $"<{QueryLinks.With(Request, "cursor", next)}>; rel=\"next\"";
        }
        return Answer(new ApiPage<T>(fetched, next));
    }

    /// <summary>200 with an ETag of the body, or 304 when the client already holds that body.</summary>
    protected IActionResult Answer(object value)
    {
        var options = HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), options);
        var tag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..32] + "\"";
        Response.Headers.ETag = tag;
        Response.Headers.CacheControl = "private, no-cache";
        if (Request.Headers.IfNoneMatch.Any(v => v is not null && (v == tag || v.Split(',').Select(t => t.Trim()).Contains(tag))))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }
        return File(body, "application/json");
    }

    /// <summary>A use case's refusal as problem details: 404, 409, or 422 with each field's message in the request's language.</summary>
    protected IActionResult Refusal(Outcome outcome)
    {
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        var text = HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (outcome.IsConflict)
        {
            return Problem(title: text["Api.Conflict"], detail: outcome.Refusal, statusCode: StatusCodes.Status409Conflict);
        }
        foreach (var error in outcome.Errors)
        {
            ModelState.AddModelError(Camel(error.Field), error.Message);
        }
        if (outcome.Errors.Count == 0)
        {
            // Only warnings (a possible duplicate): sent again with confirmWarnings = true, it is saved.
            foreach (var warning in outcome.Warnings)
            {
                ModelState.AddModelError("confirmWarnings", warning);
            }
        }
        return ValidationProblem(statusCode: StatusCodes.Status422UnprocessableEntity, title: text["Api.Invalid"]);
    }

    protected IActionResult Invalid()
    {
        var text = HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return ValidationProblem(statusCode: StatusCodes.Status422UnprocessableEntity, title: text["Api.Invalid"]);
    }

    private static string Camel(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
