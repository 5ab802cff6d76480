using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Browser;

/// <summary>The field screens on a phone in both languages: people pasted in rows, enrolment, the visit form and the calendar address.</summary>
[Collection(BrowserTests.Name)]
public sealed class FieldScreensBrowserTests(BrowserFixture fixture)
{
    private static string Culture(string culture) => $"culture={culture}&ui-culture={culture}";

    private static async Task<bool> FitsAsync(IPage page) => await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth");

    [Theory]
    [InlineData("id", "Simpan orang", "Laki-laki", "Pekerja")]
    [InlineData("en", "Save people", "Male", "Worker")]
    public async Task Rows_copied_from_a_spreadsheet_paste_into_the_people_form_and_save_together(string culture, string save, string male, string worker)
    {
        var enterprise = await fixture.App.WithDbAsync(db => db.Enterprises.Where(e => e.Partner!.ShortName == "BEDO" && e.DeletedAt == null).OrderBy(e => e.Id).Select(e => new { e.Id, People = e.People.Count }).FirstAsync());
        var page = await fixture.NewPageAsync(390, 844, mobile: true);
        await BrowserFixture.SignInAsync(page, "staff.bedo@score.test");
        await page.GotoAsync($"/enterprises/{enterprise.Id}/people/create?{Culture(culture)}");
        var rows = $"Tempel Satu {culture}\tL\tManajer\tya\t0812 7000 0001\nTempel Dua {culture}\tPerempuan\tworker\t\t\nTempel Tiga {culture}\tP\tPekerja\tx\t0812 7000 0003\nTempel Empat {culture}\tmale\tsupervisor\t\t";

        await page.Locator("#People-0-name").DispatchEventAsync("focus");
        await page.EvaluateAsync(
            "text => { const data = new DataTransfer(); data.setData('text', text); document.querySelector('#People-0-name').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })); }",
            rows);

        await Assertions.Expect(page.Locator(".person-row")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#People-3-name")).ToHaveValueAsync($"Tempel Empat {culture}");
        await Assertions.Expect(page.Locator("#People-1-sex option:checked")).ToHaveTextAsync(culture == "id" ? "Perempuan" : "Female");
        await Assertions.Expect(page.Locator("#People-2-position option:checked")).ToHaveTextAsync(worker);
        await Assertions.Expect(page.Locator("#People-0-sex option:checked")).ToHaveTextAsync(male);
        await Assertions.Expect(page.Locator("#People-2-eit")).ToBeCheckedAsync();
        await BrowserFixture.ScreenshotAsync(page, $"people-pasted-{culture}-phone");
        Assert.True(await FitsAsync(page), "The people form scrolls sideways at 390 px.");
        await page.GetByRole(AriaRole.Button, new() { Name = save }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToBeVisibleAsync();
        var added = await fixture.App.WithDbAsync(db => db.People.Where(p => p.EnterpriseId == enterprise.Id && p.FullName.StartsWith("Tempel") && p.FullName.EndsWith(" " + culture))
            .OrderBy(p => p.Id).Select(p => new { p.FullName, p.Sex, p.Position, p.IsEitMember, p.Phone }).ToListAsync());
        Assert.Equal(4, added.Count);
        Assert.Equal((Sex.Male, PersonPosition.Manager, true, "0812 7000 0001"), (added[0].Sex, added[0].Position, added[0].IsEitMember, added[0].Phone));
        Assert.Equal((Sex.Female, PersonPosition.Worker, false), (added[1].Sex, added[1].Position, added[1].IsEitMember));
        Assert.Equal((Sex.Male, PersonPosition.Supervisor), (added[3].Sex, added[3].Position));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public async Task The_enrolment_page_the_registration_from_it_the_visit_form_and_the_calendar_page_fit_a_phone(string culture)
    {
        var trainingId = await fixture.App.WithDbAsync(async db =>
        {
            var partner = await db.Partners.SingleAsync(p => p.ShortName == "BEDO");
            var trainer = await db.Trainers.Where(t => t.PartnerId == partner.Id).Select(t => t.Id).FirstAsync();
            var training = new Training
            {
                PartnerId = partner.Id, ModuleNumber = 1, Title = "Layar baru " + culture, LeadTrainerId = trainer, ProvinceCode = "33",
                PlannedStart = new DateOnly(2026, 12, 7), PlannedEnd = new DateOnly(2026, 12, 8), Status = TrainingStatus.Planned,
            };
            db.Trainings.Add(training);
            await db.SaveChangesAsync();
            return training.Id;
        });
        var staff = await fixture.NewPageAsync(390, 844, mobile: true);
        await BrowserFixture.SignInAsync(staff, "staff.bedo@score.test");

        await staff.GotoAsync($"/trainings/{trainingId}/enrol?{Culture(culture)}");
        await staff.GetByTestId("candidate").First.Locator(".enrol-tick").CheckAsync();
        await Assertions.Expect(staff.GetByTestId("candidate").First.Locator(".enrol-details")).ToBeVisibleAsync();
        await Assertions.Expect(staff.GetByTestId("candidate").Nth(1).Locator(".enrol-details")).ToBeHiddenAsync();
        await BrowserFixture.ScreenshotAsync(staff, $"enrol-{culture}-phone");
        Assert.True(await FitsAsync(staff), "The enrolment page scrolls sideways at 390 px.");

        await staff.GotoAsync($"/enterprises/create?enrolIn={trainingId}&{Culture(culture)}");
        await Assertions.Expect(staff.GetByTestId("enrol-in")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(staff, $"enterprise-new-with-people-{culture}-phone");
        Assert.True(await FitsAsync(staff), "The enterprise form scrolls sideways at 390 px.");
        await staff.Context.CloseAsync();

        var trainer = await fixture.NewPageAsync(390, 844, mobile: true);
        await BrowserFixture.SignInAsync(trainer, "trainer.bedo@score.test");
        await trainer.GotoAsync($"/?{Culture(culture)}");
        await trainer.Locator("[data-testid=my-visits] a").First.ClickAsync();
        await Assertions.Expect(trainer.GetByTestId("visit-form")).ToBeVisibleAsync();
        await trainer.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"visit-form-{culture}-phone.png") });
        Assert.True(await FitsAsync(trainer), "The visit form scrolls sideways at 390 px.");

        var visitId = await fixture.App.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.Where(e => e.Training!.LeadTrainer!.User!.Email == "trainer.bedo@score.test" && e.Training.Status == TrainingStatus.Consultations)
                .Select(e => new { e.Id, e.Training!.LeadTrainerId, People = db.People.Where(p => p.EnterpriseId == e.EnterpriseId).Select(p => p.Id).Take(2).ToList() })
                .FirstAsync();
            var visit = new Consultation
            {
                EnrolmentId = enrolment.Id, TrainerId = enrolment.LeadTrainerId, Date = new DateOnly(2026, 11, 30), DurationMinutes = 90,
                Findings = "Rak bahan baku sudah berlabel; jalur forklift masih terhalang palet kosong.", EitAttendeeIds = [.. enrolment.People],
            };
            db.Consultations.Add(visit);
            await db.SaveChangesAsync();
            db.KpiValues.Add(new KpiValue { EnrolmentId = enrolment.Id, ConsultationId = visit.Id, KpiCode = "reject_rate", Value = 6.5m, Period = "November 2026", MeasuredOn = visit.Date });
            db.ImprovementActions.Add(new ImprovementAction { EnrolmentId = enrolment.Id, Description = "Pindahkan palet kosong ke area khusus", Owner = "Pak Joko", RaisedInConsultationId = visit.Id, LastReviewedInConsultationId = visit.Id });
            await db.SaveChangesAsync();
            return visit.Id;
        });
        await trainer.GotoAsync($"/visits/{visitId}?{Culture(culture)}");
        await trainer.GetByTestId("history").Locator("summary").ClickAsync();
        await Assertions.Expect(trainer.GetByTestId("visit-kpis")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(trainer, $"visit-record-{culture}-phone");
        Assert.True(await FitsAsync(trainer), "A recorded visit's page scrolls sideways at 390 px.");

        await trainer.GotoAsync($"/?{Culture(culture)}");
        await trainer.GetByTestId("calendar-link").ClickAsync();
        trainer.Dialog += (_, dialog) => dialog.AcceptAsync();
        await trainer.Locator("form[action='/calendar/renew'] button").ClickAsync();
        await Assertions.Expect(trainer.GetByTestId("calendar-address")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(trainer, $"calendar-{culture}-phone");
        Assert.True(await FitsAsync(trainer), "The calendar page scrolls sideways at 390 px.");

        await trainer.GotoAsync($"/account/tokens?{Culture(culture)}");
        await trainer.Locator("input[name=Name]").FillAsync("Kobo " + culture);
        await trainer.Locator("input[name=CanWrite]").CheckAsync();
        await trainer.Locator("form[action='/account/tokens'] button[type=submit]").ClickAsync();
        await Assertions.Expect(trainer.GetByTestId("new-token-value")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^score_"));
        await BrowserFixture.ScreenshotAsync(trainer, $"api-tokens-{culture}-phone");
        Assert.True(await FitsAsync(trainer), "The API tokens page scrolls sideways at 390 px.");
        await trainer.Context.CloseAsync();
    }
}
