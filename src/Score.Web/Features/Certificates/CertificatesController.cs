using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Certificates;

public sealed class CertificatesController(CertificateIssue issue, CertificateFiles files, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("trainings/{id:int}/certificates")]
    public async Task<IActionResult> Index(int id, CancellationToken ct) =>
        await files.ForTrainingAsync(id, ct) is { } model ? View(model) : NotFound();

    [HttpPost("trainings/{id:int}/certificates/issue")]
    public async Task<IActionResult> Issue(int id, CancellationToken ct)
    {
        var (outcome, issued) = await issue.IssueAsync(id, ct);
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
            this.Flash(issued > 0 ? FlashKind.Success : FlashKind.Info, issued > 0 ? text["Certificate.Issued", issued] : text["Certificate.NoneDue"]);
        }
        return RedirectToAction(nameof(Index), new { id });
    }

    [HttpGet("trainings/{id:int}/certificates/all.pdf")]
    public async Task<IActionResult> TrainingPdf(int id, CancellationToken ct) =>
        Send(id, await files.TrainingPdfAsync(id, ct), "application/pdf");

    [HttpGet("trainings/{id:int}/certificates/all.zip")]
    public async Task<IActionResult> TrainingZip(int id, CancellationToken ct) =>
        Send(id, await files.TrainingZipAsync(id, ct), "application/zip");

    /// <summary>The file, or back to the training's certificates with why there is none.</summary>
    private IActionResult Send(int trainingId, Outcome<Download> outcome, string contentType)
    {
        if (outcome.Result.IsNotFound)
        {
            return NotFound();
        }
        if (outcome.Value is not { } file)
        {
            this.Flash(FlashKind.Info, outcome.Result.Refusal);
            return RedirectToAction(nameof(Index), new { id = trainingId });
        }
        return File(file.Content, contentType, file.FileName);
    }

    [HttpGet("certificates/{id:int}/pdf")]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct) =>
        await files.PdfAsync(id, ct) is { } file ? File(file.Pdf, "application/pdf", file.FileName) : NotFound();

    [HttpPost("certificates/{id:int}/revoke")]
    public async Task<IActionResult> Revoke(int id, string? reason, CancellationToken ct)
    {
        var outcome = await issue.RevokeAsync(id, reason, ct);
        return outcome.IsNotFound ? NotFound() : AfterChange(outcome, id, reason, text["Certificate.Revoked"]);
    }

    [HttpPost("certificates/{id:int}/reissue")]
    public async Task<IActionResult> Reissue(int id, string? reason, CancellationToken ct)
    {
        var (outcome, serial) = await issue.ReissueAsync(id, reason, ct);
        return outcome.IsNotFound ? NotFound() : AfterChange(outcome, id, reason, text["Certificate.Reissued", serial ?? ""]);
    }

    [AllowAnonymous]
    [HttpGet("verify")]
    public IActionResult Verify(string? code) =>
        string.IsNullOrWhiteSpace(code) ? View("VerifyForm") : Redirect("/verify/" + Uri.EscapeDataString(code.Trim()));

    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.PublicLookup)]
    [HttpGet("verify/{code}")]
    public async Task<IActionResult> VerifyCode(string code, CancellationToken ct)
    {
        Response.Headers["X-Robots-Tag"] = "noindex";
        return View("Verify", await files.VerifyAsync(code, ct));
    }

    /// <summary>Back to the list with a message; a refused reason is shown at its field of that certificate.</summary>
    private RedirectResult AfterChange(Outcome outcome, int certificateId, string? reason, string success)
    {
        var trainingId = outcome.Id;
        if (outcome.Errors is not [var error, ..])
        {
            this.Flash(FlashKind.Success, success);
            return Redirect($"/trainings/{trainingId}/certificates");
        }
        this.Flash(FlashKind.Danger, error.Message);
        TempData["CertificateError"] = error.Message;
        TempData["CertificateErrorId"] = certificateId;
        TempData["CertificateReason"] = reason;
        return Redirect($"/trainings/{trainingId}/certificates#certificate-{certificateId}");
    }
}
