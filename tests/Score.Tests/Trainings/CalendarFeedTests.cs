using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;

namespace Score.Tests.Trainings;

/// <summary>A trainer's calendar feed: a secret address, only its hash stored, replaced or revoked at will, showing only their own trainings.</summary>
public sealed partial class CalendarFeedTests(ScoreApp app) : TrainingTest(app)
{
    [GeneratedRegex("value=\"(http[^\"]+/calendar/[^\"]+\\.ics)\"")]
    private static partial Regex AddressPattern();

    private static async Task<string> MakeAddressAsync(TestBrowser trainer)
    {
        var page = await trainer.GetPageAsync("/calendar");
        var made = await trainer.PostWithTokenAsync("/calendar/renew", Form(), TestBrowser.TokenIn(page));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var shown = await trainer.GetPageAsync("/calendar");
        var address = AddressPattern().Match(shown).Groups[1].Value;
        Assert.NotEqual("", address);
        Assert.DoesNotMatch(AddressPattern(), await trainer.GetPageAsync("/calendar"));
        return new Uri(address).AbsolutePath;
    }

    [Fact]
    public async Task The_feed_shows_the_trainers_classroom_days_and_due_visits_and_nobody_elses()
    {
        App.Clock.Fixed = new DateTimeOffset(2026, 9, 10, 3, 0, 0, TimeSpan.Zero);
        var own = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 2, title: "Kelas Milik Saya");
        await MarkClassroomDoneAsync();
        var otherTrainer = await TrainerProfileAsync("trainer.lain@score.test", Bedo.Id, 1);
        await TrainingAsync(Bedo.Id, otherTrainer.Id, enterprises: 1, days: 1, title: "Kelas Orang Lain");
        using var trainer = await AsAsync("trainer.bedo@score.test");

        var path = await MakeAddressAsync(trainer);
        using var phone = App.CreateBrowserClient();
        var response = await phone.GetAsync(path);
        var ics = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(ics, "SUMMARY:Kelas: Kelas Milik Saya"));
        Assert.Contains("DTSTART;VALUE=DATE:20260901", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Kunjungan: Kelas Milik Saya Perusahaan 0", ics, StringComparison.Ordinal);
        Assert.Contains($"/trainings/{own.Id}/enrolments/", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("Orang Lain", ics, StringComparison.Ordinal);
        var stored = await App.WithDbAsync(db => db.Trainers.Where(t => t.Id == BedoTrainer.Id).Select(t => t.CalendarFeedHash).SingleAsync());
        Assert.Matches("^[0-9a-f]{64}$", stored!);
        Assert.DoesNotContain(stored!, path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_address_ends_the_old_one_and_deactivation_or_revoking_ends_the_feed()
    {
        await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 1);
        using var trainer = await AsAsync("trainer.bedo@score.test");
        using var phone = App.CreateBrowserClient();

        var first = await MakeAddressAsync(trainer);
        var second = await MakeAddressAsync(trainer);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(second)).StatusCode);

        await App.WithDbAsync(db => db.Users.Where(u => u.Email == "trainer.bedo@score.test").ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false)));
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync(second)).StatusCode);
        await App.WithDbAsync(db => db.Users.Where(u => u.Email == "trainer.bedo@score.test").ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, true)));
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(second)).StatusCode);

        var page = await trainer.GetPageAsync("/calendar");
        await trainer.PostWithTokenAsync("/calendar/revoke", Form(), TestBrowser.TokenIn(page));
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync(second)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync("/calendar/" + new string('a', 43) + ".ics")).StatusCode);
        Assert.Null(await App.WithDbAsync(db => db.Trainers.Where(t => t.Id == BedoTrainer.Id).Select(t => t.CalendarFeedHash).SingleAsync()));
    }

    [Fact]
    public async Task Only_a_trainer_has_a_calendar_address_and_making_one_needs_the_antiforgery_token()
    {
        using var staff = await AsAsync("staff.bedo@score.test");
        Assert.NotEqual(HttpStatusCode.OK, (await staff.GetAsync("/calendar")).StatusCode);

        using var trainer = await AsAsync("trainer.bedo@score.test");
        var forged = await trainer.PostWithTokenAsync("/calendar/renew", Form(), token: null);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(await App.WithDbAsync(db => db.Trainers.Where(t => t.Id == BedoTrainer.Id).Select(t => t.CalendarFeedHash).SingleAsync()));
    }
}
