using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Account;

[Route("account/tokens")]
public sealed class TokensController(ApiTokenDesk tokens, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("~/Features/Account/Tokens.cshtml", await tokens.PageAsync(null, null, ct));

    [HttpPost("")]
    public async Task<IActionResult> Create(NewTokenForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View("~/Features/Account/Tokens.cshtml", await tokens.PageAsync(form, null, ct));
        }
        var token = await tokens.CreateAsync(form, ct);
        // Shown in this answer only (never in a redirect, a cookie or a log): it cannot be seen again.
        Response.Headers.CacheControl = "no-store";
        this.Flash(FlashKind.Success, text["Token.Created"]);
        return View("~/Features/Account/Tokens.cshtml", await tokens.PageAsync(null, token, ct));
    }

    [HttpPost("{id:int}/revoke")]
    public async Task<IActionResult> Revoke(int id, CancellationToken ct)
    {
        if ((await tokens.RevokeAsync(id, ct)).IsNotFound)
        {
            return NotFound();
        }
        this.Flash(FlashKind.Success, text["Token.Revoked"]);
        return Redirect("/account/tokens");
    }
}
