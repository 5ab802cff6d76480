using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Browser;

/// <summary>
/// Field work without a connection, in Chromium on a phone: pages kept by the service worker, entries kept in the
/// outbox through a reload and an ended session, sent once when the connection returns, conflicts shown to resolve.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class OfflineBrowserTests(BrowserFixture fixture)
{
    private sealed record Field(int TrainingId, int DayId, int EnrolmentId, int People);

    /// <summary>A BEDO training of trainer.bedo in its consultations: the first day's attendance taken, the second not yet.</summary>
    private Task<Field> TrainingAsync(string title) =>
        fixture.App.WithDbAsync(async db =>
        {
            var partner = await db.Partners.SingleAsync(p => p.ShortName == "BEDO");
            var trainer = await db.Trainers.Where(t => t.User!.Email == "trainer.bedo@score.test").Select(t => t.Id).SingleAsync();
            var enterprise = await db.Enterprises.Where(e => e.PartnerId == partner.Id && e.People.Count >= 3 && e.DeletedAt == null).OrderByDescending(e => e.Id).FirstAsync();
            var people = await db.People.Where(p => p.EnterpriseId == enterprise.Id).OrderBy(p => p.Id).Take(3).Select(p => p.Id).ToListAsync();
            var training = new Training
            {
                PartnerId = partner.Id, ModuleNumber = 1, Title = title, LeadTrainerId = trainer, ProvinceCode = enterprise.ProvinceCode,
                PlannedStart = new DateOnly(2026, 10, 5), PlannedEnd = new DateOnly(2026, 10, 6), Status = TrainingStatus.ClassroomDone,
                Days = [new ClassroomDay { Date = new DateOnly(2026, 10, 5), AttendanceTakenAt = DateTimeOffset.UtcNow }, new ClassroomDay { Date = new DateOnly(2026, 10, 6) }],
                Enrolments = [new Enrolment { EnterpriseId = enterprise.Id, Participants = [.. people.Select(p => new Participant { PersonId = p })] }],
            };
            db.Trainings.Add(training);
            await db.SaveChangesAsync();
            return new Field(training.Id, training.Days.OrderBy(d => d.Date).Last().Id, training.Enrolments[0].Id, people.Count);
        });

    /// <summary>
    /// Waits for the service worker to be active, and reloads once when this page started loading before it was:
    /// such a page stays uncontrolled until its next load, as on a real phone.
    /// </summary>
    private static async Task ControlledByTheServiceWorkerAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("async () => { await navigator.serviceWorker.ready; return navigator.serviceWorker.controller !== null; }"))
        {
            await page.ReloadAsync();
        }
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
    }

    private static Task OutboxCountAsync(IPage page, int waiting) => waiting == 0
        ? Assertions.Expect(page.GetByTestId("outbox-count")).ToBeHiddenAsync()
        : Assertions.Expect(page.GetByTestId("outbox-count")).ToContainTextAsync(waiting.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Offline_attendance_and_a_visit_wait_on_the_phone_through_a_reload_and_an_ended_session_and_are_saved_once_online()
    {
        var field = await TrainingAsync("Pelatihan di desa tanpa sinyal");
        var page = await fixture.NewPageAsync(390, 844, mobile: true);
        await BrowserFixture.SignInAsync(page, "staff.bedo@score.test");
        await page.GotoAsync($"/trainings/{field.TrainingId}");
        await ControlledByTheServiceWorkerAsync(page);
        await page.GetByTestId("keep-on-phone").ClickAsync();
        await Assertions.Expect(page.GetByTestId("keep-status")).ToContainTextAsync("4 halaman");
        await page.GotoAsync("/");

        await page.Context.SetOfflineAsync(true);
        await page.GotoAsync($"/trainings/{field.TrainingId}/days/{field.DayId}/attendance");
        await Assertions.Expect(page.GetByTestId("offline-banner")).ToBeVisibleAsync();
        await page.GetByTestId("everyone-present").ClickAsync();
        await page.Locator("[data-testid=attendance-grid] label.attendance-toggle").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kehadiran" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("outbox-flash")).ToContainTextAsync("Disimpan di ponsel ini");
        await OutboxCountAsync(page, 1);
        // The sheet keeps the marks it saved, and says they wait on the phone.
        var marks = page.Locator("[data-testid=attendance-grid] input[name=present]");
        await Assertions.Expect(marks.First).Not.ToBeCheckedAsync();
        await Assertions.Expect(marks.Nth(1)).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByTestId("outbox-kept")).ToContainTextAsync("Tersimpan di ponsel ini, belum terkirim");
        await Assertions.Expect(page.GetByTestId("outbox-kept-entry")).ToContainTextAsync("WIB");

        await page.GotoAsync($"/trainings/{field.TrainingId}/enrolments/{field.EnrolmentId}/visits/new");
        await page.Locator("#Date").FillAsync("2026-10-20");
        await page.Locator("#DurationMinutes").FillAsync("75");
        await page.GetByLabel("Temuan").FillAsync("Dicatat di lokasi tanpa sinyal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kunjungan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("outbox-flash")).ToContainTextAsync("Disimpan di ponsel ini");
        await OutboxCountAsync(page, 2);
        await Assertions.Expect(page.GetByTestId("outbox-kept-entry")).ToContainTextAsync("Dicatat di lokasi tanpa sinyal");
        await Assertions.Expect(page.GetByTestId("outbox-kept-entry")).ToContainTextAsync("75");

        // A draft typed and not saved survives a reload, and so does the outbox.
        await page.GetByLabel("Temuan").FillAsync("Draf yang belum disimpan");
        await page.WaitForTimeoutAsync(600);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Temuan")).ToHaveValueAsync("Draf yang belum disimpan");
        await OutboxCountAsync(page, 2);
        await Assertions.Expect(page.GetByTestId("outbox-kept-entry")).ToContainTextAsync("Dicatat di lokasi tanpa sinyal");
        await page.GotoAsync($"/trainings/{field.TrainingId}/days/{field.DayId}/attendance");
        await Assertions.Expect(page.Locator("[data-testid=attendance-grid] input[name=present]").First).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("[data-testid=attendance-grid] input[name=present]").Nth(1)).ToBeCheckedAsync();
        await BrowserFixture.ScreenshotAsync(page, "offline-0-sheet-kept-on-phone");
        await page.GotoAsync("/offline");
        await Assertions.Expect(page.Locator("[data-testid=outbox-entry][data-state=waiting]")).ToHaveCountAsync(2);
        // Opened offline by its own address, the outbox page does not claim to stand in for a page not kept.
        await Assertions.Expect(page.GetByTestId("offline-fallback")).ToBeHiddenAsync();
        Assert.Contains("WIB", await page.Locator("[data-testid=outbox-entry]").First.InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-testid=outbox-entry][data-state=draft]")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "offline-1-outbox-waiting-phone");
        Assert.Equal(0, await fixture.App.WithDbAsync(db => db.Consultations.CountAsync(c => c.EnrolmentId == field.EnrolmentId)));

        // The session ended meanwhile: back online, nothing is lost and the outbox asks to sign in.
        await page.Context.ClearCookiesAsync();
        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(page.GetByTestId("outbox-flash")).ToContainTextAsync("masuk lagi");
        await OutboxCountAsync(page, 2);
        await BrowserFixture.SignInAsync(page, "staff.bedo@score.test");
        // The counter starts hidden on every page: wait for what the outbox says, not for the counter.
        await page.GotoAsync("/offline");
        await Assertions.Expect(page.Locator("[data-testid=outbox-entry][data-state=sent]")).ToHaveCountAsync(2);
        await OutboxCountAsync(page, 0);

        var present = await fixture.App.WithDbAsync(db => db.Attendance.CountAsync(a => a.ClassroomDayId == field.DayId && a.Present));
        Assert.Equal(field.People - 1, present);
        var visits = await fixture.App.WithDbAsync(db => db.Consultations.Where(c => c.EnrolmentId == field.EnrolmentId).Select(c => c.Findings).ToListAsync());
        Assert.Equal(["Dicatat di lokasi tanpa sinyal"], visits);

        // Sending again on demand sends nothing twice.
        await page.GetByTestId("outbox-send-now").ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "offline-2-outbox-sent-phone");
        Assert.Equal(1, await fixture.App.WithDbAsync(db => db.Consultations.CountAsync(c => c.EnrolmentId == field.EnrolmentId)));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The outbox scrolls sideways at 390 px.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_visit_sent_after_someone_else_recorded_that_day_is_shown_as_a_conflict_and_merged_field_by_field()
    {
        var field = await TrainingAsync("Pelatihan dengan konflik");
        var page = await fixture.NewPageAsync(390, 844, mobile: true);
        await BrowserFixture.SignInAsync(page, "trainer.bedo@score.test");
        var form = $"/trainings/{field.TrainingId}/enrolments/{field.EnrolmentId}/visits/new";
        await page.GotoAsync(form);
        await ControlledByTheServiceWorkerAsync(page);
        await page.ReloadAsync(); // now through the service worker, which keeps it

        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await page.Locator("#Date").FillAsync("2026-10-21");
        await page.Locator("#DurationMinutes").FillAsync("90");
        await page.GetByLabel("Temuan").FillAsync("Temuan dari ponsel pelatih");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kunjungan" }).ClickAsync();
        await OutboxCountAsync(page, 1);

        // Meanwhile the office records a visit to the same enterprise that day.
        await fixture.App.WithDbAsync(async db =>
        {
            var trainer = await db.Trainings.Where(t => t.Id == field.TrainingId).Select(t => t.LeadTrainerId).SingleAsync();
            db.Consultations.Add(new Consultation
            {
                EnrolmentId = field.EnrolmentId, TrainerId = trainer, Date = new DateOnly(2026, 10, 21), DurationMinutes = 60, Findings = "Catatan kantor",
            });
            await db.SaveChangesAsync();
        });

        await page.Context.SetOfflineAsync(false);
        await page.GotoAsync("/offline");
        var conflict = page.Locator("[data-testid=outbox-entry][data-state=conflict]");
        await Assertions.Expect(conflict).ToHaveCountAsync(1);
        await conflict.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByTestId("conflict-reason")).ToContainTextAsync("sudah mencatat kunjungan");
        await Assertions.Expect(page.GetByTestId("conflict-table")).ToContainTextAsync("Catatan kantor");
        await Assertions.Expect(page.GetByTestId("conflict-table")).ToContainTextAsync("Temuan dari ponsel pelatih");
        await BrowserFixture.ScreenshotAsync(page, "offline-3-visit-conflict-phone");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The conflict page scrolls sideways at 390 px.");
        await page.GetByLabel("Pakai Temuan dari ponsel").CheckAsync();
        await page.GetByTestId("keep-merged").ClickAsync();

        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("Konflik diselesaikan");
        var visits = await fixture.App.WithDbAsync(db => db.Consultations.Where(c => c.EnrolmentId == field.EnrolmentId).Select(c => new { c.Findings, c.DurationMinutes }).ToListAsync());
        Assert.Equal(("Temuan dari ponsel pelatih", 60), (visits.Single().Findings, visits.Single().DurationMinutes));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Signing_out_warns_about_what_was_not_sent_then_clears_the_outbox_and_the_kept_pages()
    {
        var field = await TrainingAsync("Pelatihan keluar akun");
        var page = await fixture.NewPageAsync(390, 844, mobile: true);
        await BrowserFixture.SignInAsync(page, "staff.bedo@score.test");
        await page.GotoAsync($"/trainings/{field.TrainingId}/enrolments/{field.EnrolmentId}/visits/new");
        await ControlledByTheServiceWorkerAsync(page);
        await page.ReloadAsync();
        await page.GetByLabel("Temuan").FillAsync("Belum dikirim");
        await page.WaitForTimeoutAsync(600);

        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                console.Add(message.Text);
            }
        };
        page.PageError += (_, error) => console.Add(error);
        string? warning = null;
        page.Dialog += async (_, dialog) =>
        {
            warning = dialog.Message;
            await dialog.AcceptAsync();
        };
        // The phone's menu opens in two steps, each animated: wait for each to finish before the next tap.
        await page.Locator(".navbar-toggler").ClickAsync();
        await Assertions.Expect(page.Locator("#main-nav.show:not(.collapsing)")).ToBeVisibleAsync();
        for (var tries = 0; tries < 3 && !await page.GetByTestId("sign-out").IsVisibleAsync(); tries++)
        {
            await page.GetByTestId("user-menu").ClickAsync();
            await page.WaitForTimeoutAsync(400);
        }
        await page.GetByTestId("sign-out").ClickAsync();
        try
        {
            await page.WaitForURLAsync("**/account/login");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException("Sign-out did not reach the sign-in page. Page errors: " + string.Join(" | ", console), e);
        }

        Assert.Contains("1 entri belum terkirim", warning, StringComparison.Ordinal);
        Assert.Equal(0, await page.EvaluateAsync<int>(
            "() => new Promise(r => { const o = indexedDB.open('score-outbox', 1); o.onsuccess = () => { const q = o.result.transaction('entries').objectStore('entries').count(); q.onsuccess = () => r(q.result); }; })"));
        Assert.False(await page.EvaluateAsync<bool>("() => caches.has('score-pages-v1')"));
        await page.Context.CloseAsync();
    }
}
