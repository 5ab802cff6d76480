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
        var email = form.Email.Trim();
        var result = await signIn.PasswordSignInAsync(email, form.Password, form.RememberMe, lockoutOnFailure: true);
        var user = await users.FindByEmailAsync(email);
        if (result.IsNotAllowed && user is { IsActive: false } && await users.CheckPasswordAsync(user, form.Password))
        {
            // Said only to someone who knows the password, so it reveals nothing to a guesser.
            ModelState.AddModelError("", text["Account.Deactivated"]);
            return View(form with { Password = "" });
        }
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", text["Account.LockedOut"]);
            return View(form with { Password = "" });
        }
        if (!result.Succeeded || user is null)
        {
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

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
