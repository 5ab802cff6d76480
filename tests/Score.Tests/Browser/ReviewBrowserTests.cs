using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Browser;

/// <summary>The review queue and a review page on a phone and a desktop, in both languages; approving from the phone.</summary>
[Collection(BrowserTests.Name)]
public sealed class ReviewBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("id", "Setujui", "Disetujui")]
    [InlineData("en", "Approve", "Approved")]
    public async Task An_administrator_approves_a_submitted_training_from_the_queue_on_a_phone(string culture, string approve, string approved)
    {
        var trainingId = await fixture.App.WithDbAsync(async db =>
        {
            // The demo has three completed trainings: each language takes one not yet approved.
            var training = await db.Trainings.Where(t => t.Status == TrainingStatus.Completed && t.ReviewState != ReviewState.Approved)
                .OrderBy(t => t.Id).FirstAsync();
            training.ReviewState = ReviewState.Submitted;
            training.SubmittedAt = DateTimeOffset.UtcNow.AddDays(-3);
            await db.SaveChangesAsync();
            return training.Id;
        });
        var desktop = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(desktop, "admin@score.test");
        await desktop.GotoAsync($"/reviews?culture={culture}&ui-culture={culture}");
        await Assertions.Expect(desktop.Locator($"[data-testid=review-queue] a[href='/reviews/{trainingId}']")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(desktop, $"review-queue-{culture}-desktop");
        await desktop.GotoAsync($"/reviews/{trainingId}");
        await Assertions.Expect(desktop.GetByTestId("review-findings")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(desktop, $"review-page-{culture}-desktop");
        await desktop.GotoAsync($"/trainings/{trainingId}");
        await desktop.GetByTestId("history").Locator("summary").ClickAsync();
        await Assertions.Expect(desktop.GetByTestId("history").Locator("li").First).ToBeVisibleAsync();
        await desktop.GetByTestId("history").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"training-history-{culture}-desktop.png") });
        await desktop.Context.CloseAsync();

        var phone = await fixture.NewPageAsync(390, 844, mobile: true);
        await BrowserFixture.SignInAsync(phone, "admin@score.test");
        await phone.GotoAsync($"/reviews?culture={culture}&ui-culture={culture}");
        await BrowserFixture.ScreenshotAsync(phone, $"review-queue-{culture}-phone");
        await phone.Locator($"[data-testid=review-queue] a[href='/reviews/{trainingId}']").ClickAsync();
        await BrowserFixture.ScreenshotAsync(phone, $"review-page-{culture}-phone");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The review page scrolls sideways at 390 px.");
        await phone.GetByRole(AriaRole.Button, new() { Name = approve }).ClickAsync();

        await Assertions.Expect(phone.GetByTestId("flash")).ToBeVisibleAsync();
        await phone.GotoAsync($"/reviews/{trainingId}");
        await Assertions.Expect(phone.GetByTestId("review-state")).ToHaveTextAsync(approved);
        await Assertions.Expect(phone.GetByTestId("review-history")).ToContainTextAsync("admin@score.test");
        await BrowserFixture.ScreenshotAsync(phone, $"review-history-{culture}-phone");
        Assert.Equal(ReviewState.Approved, await fixture.App.WithDbAsync(db => db.Trainings.Where(t => t.Id == trainingId).Select(t => t.ReviewState).SingleAsync()));

        // The training's own history shows the approval as a change of its review state.
        await phone.GotoAsync($"/trainings/{trainingId}");
        await Assertions.Expect(phone.GetByTestId("review-locked")).ToBeVisibleAsync();
        await phone.GetByTestId("history").Locator("summary").ClickAsync();
        await Assertions.Expect(phone.GetByTestId("history")).ToContainTextAsync(approved);
        await BrowserFixture.ScreenshotAsync(phone, $"training-history-{culture}-phone");
        await phone.Context.CloseAsync();
    }
}
