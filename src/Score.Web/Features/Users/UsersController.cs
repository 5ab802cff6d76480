using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Users;

[Authorize(Policy = Policies.Administration)]
[Route("users")]
public sealed class UsersController(UserAdministration admin, CurrentUser me, Queries.AuditHistory history, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] UserListQuery query, CancellationToken ct) =>
        View(await admin.ListAsync(query, ct));

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken ct) => await FormView(new CreateUserForm(), ct);

    [HttpPost("create")]
    public async Task<IActionResult> Create(CreateUserForm form, CancellationToken ct)
    {
        if (ModelState.IsValid && Apply(await admin.CreateAsync(form, ct)))
        {
            this.Flash(FlashKind.Success, text["Users.Created", form.Email]);
            return RedirectToAction(nameof(Index));
        }
        return await FormView(form with { TemporaryPassword = "" }, ct);
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken ct) =>
        await admin.LoadAsync(id, ct) is { } form ? await FormView(form, ct) : NotFound();

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, EditUserForm form, CancellationToken ct)
    {
        form = form with { Id = id };
        if (ModelState.IsValid)
        {
            var outcome = await admin.UpdateAsync(form, me.Id!, ct);
            if (outcome.IsNotFound)
            {
                return NotFound();
            }
            if (outcome.IsConflict && await admin.LoadAsync(id, ct) is { } current)
            {
                // Show what the other person saved, with its new stamp, so this user can check and save again.
                ModelState.ShowConflict(outcome.Errors);
                return await FormView(current, ct);
            }
            if (Apply(outcome.Errors))
            {
                this.Flash(FlashKind.Success, text["Users.Saved", form.Email]);
                return RedirectToAction(nameof(Index));
            }
        }
        return await FormView(form, ct);
    }

    [HttpPost("{id}/deactivate")]
    public Task<IActionResult> Deactivate(string id) => SetActive(id, false);

    [HttpPost("{id}/reactivate")]
    public Task<IActionResult> Reactivate(string id) => SetActive(id, true);

    [HttpGet("{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(string id, CancellationToken ct) =>
        await admin.LoadAsync(id, ct) is { } user ? View(new ResetPasswordForm { Id = id, Email = user.Email }) : NotFound();

    [HttpPost("{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(string id, ResetPasswordForm form)
    {
        form = form with { Id = id };
        if (ModelState.IsValid)
        {
            var outcome = await admin.ResetPasswordAsync(form);
            if (outcome.IsNotFound)
            {
                return NotFound();
            }
            if (Apply(outcome.Errors))
            {
                this.Flash(FlashKind.Success, text["Users.PasswordReset", form.Email]);
                return RedirectToAction(nameof(Index));
            }
        }
        return View(form with { TemporaryPassword = "" });
    }

    private async Task<IActionResult> SetActive(string id, bool active)
    {
        var outcome = await admin.SetActiveAsync(id, active, me.Id!);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (!outcome.Saved)
        {
            this.Flash(FlashKind.Danger, outcome.Refusal);
        }
        else
        {
            this.Flash(FlashKind.Success, text[active ? "Users.Reactivated" : "Users.Deactivated"]);
        }
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> FormView(CreateUserForm form, CancellationToken ct) =>
        View("Create", form with { Partners = await admin.PartnerOptionsAsync(ct) });

    private async Task<IActionResult> FormView(EditUserForm form, CancellationToken ct) =>
        View("Edit", form with { Partners = await admin.PartnerOptionsAsync(ct), History = await history.OfAccountAsync(form.Id, ct) });

    private bool Apply(IReadOnlyList<FieldError> errors) => ModelState.Apply(errors);
}
