using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class AttendanceBrowserTests(BrowserFixture fixture)
{
    /// <summary>A new BEDO training with one demo enterprise's people enrolled and two planned classroom days.</summary>
    private async Task<(int TrainingId, int DayId, int People)> NewTrainingAsync() =>
        await fixture.App.WithDbAsync(async db =>
        {
            var partner = await db.Partners.SingleAsync(p => p.ShortName == "BEDO");
            var trainer = await db.Trainers.Where(t => t.PartnerId == partner.Id).Select(t => t.Id).FirstAsync();
            var enterprise = await db.Enterprises.Where(e => e.PartnerId == partner.Id && e.People.Count >= 4 && e.DeletedAt == null).OrderBy(e => e.Id).FirstAsync();
            var people = await db.People.Where(p => p.EnterpriseId == enterprise.Id).OrderBy(p => p.Id).Take(4).Select(p => p.Id).ToListAsync();
            var training = new Training
            {
                PartnerId = partner.Id, ModuleNumber = 1, Title = "Absen di ponsel", LeadTrainerId = trainer, ProvinceCode = enterprise.ProvinceCode,
                PlannedStart = new DateOnly(2026, 11, 2), PlannedEnd = new DateOnly(2026, 11, 3), Status = TrainingStatus.Planned,
                Days = [new ClassroomDay { Date = new DateOnly(2026, 11, 2) }, new ClassroomDay { Date = new DateOnly(2026, 11, 3) }],
                Enrolments = [new Enrolment { EnterpriseId = enterprise.Id, Participants = [.. people.Select(p => new Participant { PersonId = p })] }],
            };
            db.Trainings.Add(training);
            await db.SaveChangesAsync();
            return (training.Id, training.Days.OrderBy(d => d.Date).First().Id, people.Count);
        });

    [Theory]
    [InlineData("id", "Semua hadir", "Tidak hadir", "Simpan kehadiran")]
    [InlineData("en", "Everyone present", "Absent", "Save attendance")]
    public async Task On_a_phone_a_day_with_one_absentee_takes_everyone_present_one_tap_and_save(string culture, string everyone, string absent, string save)
    {
        var (trainingId, dayId, people) = await NewTrainingAsync();
        var page = await fixture.NewPageAsync(390, 844, mobile: true);
        await BrowserFixture.SignInAsync(page, "staff.bedo@score.test");
        await page.GotoAsync($"/trainings/{trainingId}?culture={culture}&ui-culture={culture}");
        await Assertions.Expect(page.GetByTestId("next-step")).ToHaveAttributeAsync("data-step", "TakeAttendance");
        await BrowserFixture.ScreenshotAsync(page, $"training-next-step-{culture}-phone");

        await page.GotoAsync($"/trainings/{trainingId}/days/{dayId}/attendance");
        await page.GetByRole(AriaRole.Button, new() { Name = everyone }).ClickAsync();
        await page.Locator("[data-testid=attendance-grid] label.attendance-toggle").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=attendance-grid] .when-absent:visible")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=attendance-grid] .when-absent:visible")).ToContainTextAsync(absent);
        await BrowserFixture.ScreenshotAsync(page, $"attendance-{culture}-phone");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The attendance sheet scrolls sideways at 390 px.");
        await page.GetByRole(AriaRole.Button, new() { Name = save }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToBeVisibleAsync();
        var present = await fixture.App.WithDbAsync(db => db.Attendance.CountAsync(a => a.ClassroomDayId == dayId && a.Present));
        Assert.Equal(people - 1, present);
        await page.Context.CloseAsync();
    }
}
