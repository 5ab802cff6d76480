using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Reviews;

public sealed class ReviewsController(ReviewDesk reviews, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("reviews")]
    public async Task<IActionResult> Index([FromQuery] ReviewQueueQuery query, CancellationToken ct) =>
        await reviews.QueueAsync(query, ct) is { } queue ? View(queue) : NotFound();

    [HttpGet("reviews/{id:int}")]
    public async Task<IActionResult> Review(int id, CancellationToken ct) =>
        await reviews.PageAsync(id, ct) is { } page ? View(page) : NotFound();

    [HttpPost("reviews/{id:int}/approve")]
    public Task<IActionResult> Approve(int id, string? comment, CancellationToken ct) => Decide(id, ReviewStep.Approved, comment, ct);

    [HttpPost("reviews/{id:int}/return")]
    public Task<IActionResult> Return(int id, string? comment, CancellationToken ct) => Decide(id, ReviewStep.Returned, comment, ct);

    [HttpPost("reviews/{id:int}/reopen")]
    public Task<IActionResult> Reopen(int id, string? comment, CancellationToken ct) => Decide(id, ReviewStep.Reopened, comment, ct);

    [HttpPost("trainings/{id:int}/submit")]
    public async Task<IActionResult> Submit(int id, CancellationToken ct)
    {
        var result = await reviews.SubmitAsync(id, ct);
        return this.Answer(result, text["Review.Submitted"], Redirect($"/trainings/{id}"));
    }

    private async Task<IActionResult> Decide(int id, ReviewStep step, string? comment, CancellationToken ct)
    {
        var result = await reviews.DecideAsync(id, step, comment, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }
        if (!result.Saved)
        {
            ModelState.Apply(result.Errors);
            ViewData["Step"] = step;
            return await reviews.PageAsync(id, ct) is { } page ? View("Review", page) : NotFound();
        }
        this.Flash(FlashKind.Success, text["Review.Done." + step]);
        return step == ReviewStep.Reopened ? Redirect($"/reviews/{id}") : RedirectToAction(nameof(Index));
    }
}
