using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Calendar;

[Route("calendar")]
public sealed class CalendarController(CalendarFeeds feeds, IStringLocalizer<SharedResource> text) : Controller
{
    private const string NewAddressKey = "CalendarAddress";

    [Authorize(Roles = Roles.Trainer)]
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var status = await feeds.StatusAsync(ct);
        return status is null ? NotFound() : View(status with { NewAddress = TempData[NewAddressKey] as string });
    }

    [Authorize(Roles = Roles.Trainer)]
    [HttpPost("renew")]
    public async Task<IActionResult> Renew(CancellationToken ct)
    {
        var secret = await feeds.RenewAsync(ct);
        if (secret is null)
        {
            return NotFound();
        }
        TempData[NewAddressKey] = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/calendar/{secret.Value}.ics";
        this.Flash(FlashKind.Success, text["Calendar.Made"]);
        return RedirectToAction(nameof(Index));
    }

    [Authorize(Roles = Roles.Trainer)]
    [HttpPost("revoke")]
    public async Task<IActionResult> Revoke(CancellationToken ct)
    {
        if (!await feeds.RevokeAsync(ct))
        {
            return NotFound();
        }
        this.Flash(FlashKind.Success, text["Calendar.Revoked"]);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>What the phone's calendar fetches: no cookie, the secret in the address is the key.</summary>
    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.PublicLookup)]
    [HttpGet("{secret}.ics")]
    public async Task<IActionResult> Feed(string secret, CancellationToken ct)
    {
        var feed = await feeds.FeedAsync(secret, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", ct);
        if (feed is null)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, max-age=900";
        Response.Headers["X-Robots-Tag"] = "noindex";
        return Content(feed.Ics, "text/calendar; charset=utf-8");
    }
}
