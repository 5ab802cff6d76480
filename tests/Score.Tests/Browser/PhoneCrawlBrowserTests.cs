using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Score.Tests.Infrastructure;
using Score.Web.Domain;
using Score.Web.Features.Trainings;
using Score.Web.Features.Visits;

namespace Score.Tests.Browser;

/// <summary>
/// Every shape of page a role reaches by following links, on a 390 px phone, in Indonesian and in English: none may
/// scroll sideways, and axe-core may find nothing serious or critical. The links are followed through several pages of
/// each shape (trainings in every state), and each shape is checked on its fullest page (certificates issued, a
/// conflict with both sides).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class PhoneCrawlBrowserTests(BrowserFixture fixture)
{
    /// <summary>Pages of one shape whose links are followed: more than the demo's trainings, so every state is reached.</summary>
    private const int PagesFollowedPerShape = 10;

    private static readonly Guid AttendanceConflict = new("0b1d0000-0000-4000-8000-00000000a771");
    private static readonly Guid VisitConflict = new("0b1d0000-0000-4000-8000-00000000e157");

    [Theory]
    [InlineData("staff.bedo@score.test")]
    [InlineData("trainer.bedo@score.test")]
    [InlineData("viewer@score.test")]
    [InlineData("admin@score.test")]
    public async Task No_page_a_role_reaches_scrolls_sideways_on_a_phone_or_has_a_serious_accessibility_fault_in_either_language(string email)
    {
        await KeepConflictsOfBedoAsync();
        await IssueCertificatesOfACompletedSmiTrainingAsync();
        var page = await fixture.NewPageAsync(390, 844, mobile: true);
        // Many pages with an accessibility run each on a busy 2-core machine: one slow page is not a failure.
        page.SetDefaultTimeout(30_000);
        await BrowserFixture.SignInAsync(page, email);
        var chosen = await ShapesAsync(page);

        var problems = new List<string>();
        foreach (var culture in new[] { "id", "en" })
        {
            await page.GotoAsync($"/?culture={culture}&ui-culture={culture}");
            foreach (var url in chosen.Values)
            {
                await page.GotoAsync(url);
                Assert.Equal(culture, await page.EvaluateAsync<string>("document.documentElement.lang"));
                var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
                if (overflow > 0)
                {
                    problems.Add($"{url} ({culture}): {overflow} px too wide");
                }
                problems.AddRange((await AxeCheck.SeriousAsync(page)).Select(v => $"{url} ({culture}): {v}"));
            }
        }

        Console.WriteLine($"Crawl for {email}: {chosen.Count} shapes, checked in two languages:\n  " + string.Join("\n  ", chosen.Keys.Order(StringComparer.Ordinal)));
        Assert.True(chosen.Count >= 5, $"The crawl reached only {chosen.Count} shapes of page.");
        if (email.StartsWith("staff.", StringComparison.Ordinal) || email.StartsWith("trainer.", StringComparison.Ordinal))
        {
            Assert.Contains("/trainings/{n}/days/{n}/conflicts/{n}", chosen.Keys);
            Assert.Contains("/trainings/{n}/enrolments/{n}/visits/conflicts/{n}", chosen.Keys);
            Assert.Contains("/trainings/{n}/days/{n}/attendance", chosen.Keys);
        }
        if (email.StartsWith("admin", StringComparison.Ordinal))
        {
            Assert.Contains(chosen, c => c.Key == "/trainings/{n}/certificates");
        }
        Assert.True(problems.Count == 0, $"{problems.Count} problems on {chosen.Count * 2} pages for {email}:\n" + string.Join("\n", problems.Distinct()));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_accessibility_check_finds_a_serious_fault_when_there_is_one()
    {
        var page = await fixture.NewPageAsync(390, 844, mobile: true);
        await page.SetContentAsync("<!doctype html><html lang=\"id\"><head><title>x</title></head><body><main><img src=\"/favicon.ico\"><input type=\"text\"></main></body></html>");

        var found = await AxeCheck.SeriousAsync(page);

        Assert.Contains(found, v => v.StartsWith("image-alt (critical)", StringComparison.Ordinal));
        Assert.Contains(found, v => v.StartsWith("label (critical)", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Follows links from the home page and returns, for each shape of address (digits as {n}), the page with the most
    /// content among those seen. Files, the API and language switches are not pages to check.
    /// </summary>
    private static async Task<Dictionary<string, string>> ShapesAsync(IPage page)
    {
        var queue = new Queue<string>(["/"]);
        var queued = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var followed = new Dictionary<string, int>(StringComparer.Ordinal);
        var fullest = new Dictionary<string, (string Url, int Elements)>(StringComparer.Ordinal);
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            IResponse? response;
            try
            {
                response = await page.GotoAsync(url);
            }
            catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal))
            {
                continue; // A file, not a page.
            }
            if (response is null || response.Status != 200 || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal)))
            {
                continue;
            }
            var shape = ShapeOf(url);
            var elements = await page.EvaluateAsync<int>("document.querySelectorAll('main *').length");
            if (!fullest.TryGetValue(shape, out var best) || elements > best.Elements)
            {
                fullest[shape] = (url, elements);
            }
            foreach (var href in await page.EvalOnSelectorAllAsync<string[]>("a[href^='/']", "links => links.map(a => a.getAttribute('href'))"))
            {
                var path = href.Split('#')[0];
                // The API reference (/api/docs) is Scalar's page for developers, not ours: its own contrast and lang faults are noted, not crawled.
                if (path.Length == 0 || path.StartsWith("//", StringComparison.Ordinal) || path.Contains("culture=", StringComparison.Ordinal)
                    || path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/account/logout", StringComparison.Ordinal)
                    || FileLink().IsMatch(path) || !queued.Add(path))
                {
                    continue;
                }
                var linked = ShapeOf(path);
                if (followed.GetValueOrDefault(linked) < PagesFollowedPerShape)
                {
                    followed[linked] = followed.GetValueOrDefault(linked) + 1;
                    queue.Enqueue(path);
                }
            }
        }
        return fullest.ToDictionary(f => f.Key, f => f.Value.Url, StringComparer.Ordinal);
    }

    private static string ShapeOf(string url) => Digits().Replace(url.Split('?')[0], "{n}");

    /// <summary>A phone's attendance and visit, kept as conflicts, for BEDO's trainer: the conflict pages have something to show.</summary>
    private Task KeepConflictsOfBedoAsync() =>
        fixture.App.WithDbAsync(async db =>
        {
            if (await db.OfflineEntries.AnyAsync(e => e.ClientId == AttendanceConflict))
            {
                return;
            }
            var trainer = await db.Users.Where(u => u.Email == "trainer.bedo@score.test").Select(u => u.Id).SingleAsync();
            var training = await db.Trainings.Where(t => t.Title == "Modul 5 K3 · Bekasi")
                .Select(t => new
                {
                    t.Id, t.PartnerId,
                    Day = t.Days.OrderBy(d => d.Date).Select(d => d.Id).First(),
                    Enrolment = t.Enrolments.OrderBy(e => e.Id).Select(e => new { e.Id, Participant = e.Participants.OrderBy(p => p.Id).Select(p => p.Id).First() }).First(),
                })
                .SingleAsync();
            db.OfflineEntries.Add(new OfflineEntry
            {
                UserId = trainer, ClientId = AttendanceConflict, Kind = OfflineEntryKind.Attendance, PartnerId = training.PartnerId, TrainingId = training.Id,
                TargetId = training.Day, State = OfflineEntryState.Conflict, Reason = "Kehadiran 1 orang diubah orang lain sementara itu.",
                Payload = JsonSerializer.Serialize(new AttendanceEntry([training.Enrolment.Participant], [], 0, false)),
            });
            db.OfflineEntries.Add(new OfflineEntry
            {
                UserId = trainer, ClientId = VisitConflict, Kind = OfflineEntryKind.Visit, PartnerId = training.PartnerId, TrainingId = training.Id,
                TargetId = training.Enrolment.Id, State = OfflineEntryState.Conflict, Reason = "Kunjungan lain sudah dicatat pada hari itu.",
                Payload = JsonSerializer.Serialize(new ConsultationForm
                {
                    Date = DateOnly.FromDateTime(DateTime.UtcNow), DurationMinutes = 90, Mode = VisitMode.OnSite,
                    Findings = "Papan 5R sudah dipakai di lantai produksi; rapat pagi berjalan sepuluh menit.",
                }),
            });
            await db.SaveChangesAsync();
        });

    /// <summary>Certificates issued on SMI's completed training, as its staff would: the certificates page has rows to show.</summary>
    private async Task IssueCertificatesOfACompletedSmiTrainingAsync()
    {
        var training = await fixture.App.WithDbAsync(db => db.Trainings.Where(t => t.Title == "SCORE Creative Modul 2 · Bekasi").Select(t => t.Id).SingleAsync());
        if (await fixture.App.WithDbAsync(db => db.Certificates.AnyAsync(c => c.TrainingId == training)))
        {
            return;
        }
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "staff.smi@score.test");
        await page.GotoAsync($"/trainings/{training}/certificates");
        await page.GetByTestId("issue-certificates").ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\.(pdf|zip|csv|xlsx|ics)$|/(pdf|export|template)(\?|$)|format=", RegexOptions.IgnoreCase)]
    private static partial Regex FileLink();
}
