using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Account;

[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    SignInThrottle throttle,
    SignInTrail trail,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text) : Controller
{
    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl(returnUrl)) : View(new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("login")]
    public async Task<IActionResult> Login(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await throttle.IsBlockedAsync(address, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("", text["Account.TooManyFromAddress"]);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return View(form with { Password = "" });
        }
        var email = form.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        var wasLockedOut = user is not null && await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(email, form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.IsNotAllowed && user is { IsActive: false } && await users.CheckPasswordAsync(user, form.Password))
        {
            await trail.RecordFailureAsync(email, user, lockedOut: false, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
            // Said only to someone who knows the password, so it reveals nothing to a guesser.
            ModelState.AddModelError("", text["Account.Deactivated"]);
            return View(form with { Password = "" });
        }
        if (!result.Succeeded || user is null)
        {
            if (user is null || result.IsLockedOut)
            {
                // Identity checks no password for an unknown or locked account: hash one anyway, so the
                // answer takes as long as for a wrong password and its timing tells nothing either.
                users.PasswordHasher.VerifyHashedPassword(new ApplicationUser(), TimingEqualiser.Value, form.Password);
            }
            await throttle.RecordFailureAsync(address, HttpContext.RequestAborted);
            await trail.RecordFailureAsync(email, user, lockedOut: result.IsLockedOut && !wasLockedOut, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
            // One message for an unknown account, a wrong password and a locked account.
            ModelState.AddModelError("", text["Account.InvalidLogin"]);
            return View(form with { Password = "" });
        }
        user.LastSignInAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
        if (user.MustChangePassword)
        {
            return RedirectToAction(nameof(ChangePassword));
        }
        return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
    }

    [AllowedBeforePasswordChange]
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        // A new stamp makes every copy of this session's cookie worthless, not just the browser's own.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        this.Flash(FlashKind.Success, text["Account.SignedOut"]);
        return RedirectToAction(nameof(Login));
    }

    [AllowedBeforePasswordChange]
    [HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [AllowedBeforePasswordChange]
    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (form.NewPassword == form.CurrentPassword)
        {
            ModelState.AddModelError(nameof(form.NewPassword), text["Account.NewPasswordSame"]);
            return View(form);
        }
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var group in result.Errors.GroupBy(e =>
                         e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : nameof(form.NewPassword)))
            {
                ModelState.AddModelError(group.Key, string.Join(" ", group.Select(e => e.Description)));
            }
            return View(form);
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        this.Flash(FlashKind.Success, text["Account.PasswordChanged"]);
        return RedirectToAction("Index", "Home");
    }

    [AllowAnonymous]
    [AllowedBeforePasswordChange]
    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        // The status code pages re-execute /error/403, which shows the friendly page in the user's language.
        return StatusCode(StatusCodes.Status403Forbidden);
    }

    private static readonly Lazy<string> TimingEqualiser =
        new(() => new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Guid.NewGuid().ToString()));

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
