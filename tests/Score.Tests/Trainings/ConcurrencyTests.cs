using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Trainings;

public sealed partial class ConcurrencyTests(ScoreApp app) : TrainingTest(app)
{
    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    private async Task<(TestBrowser First, TestBrowser Second)> TwoEditorsAsync()
    {
        await App.CreateUserAsync("staff2.bedo@score.test", Roles.PartnerStaff, Bedo.Id);
        return (await AsAsync("staff.bedo@score.test"), await AsAsync("staff2.bedo@score.test"));
    }

    [Fact]
    public async Task Two_people_saving_the_same_workshop_end_with_a_conflict_for_the_second()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 1);
        var enrolmentId = await App.WithDbAsync(db => db.Enrolments.Select(e => e.Id).SingleAsync());
        var (first, second) = await TwoEditorsAsync();
        var url = $"/trainings/{Id(training.Id)}/workshop";
        var firstPage = await first.GetPageAsync(url);
        var secondPage = await second.GetPageAsync(url);
        var version = VersionField().Match(firstPage).Groups[1].Value;
        Dictionary<string, string> Workshop(string summary) => Form(("Date", "2026-11-20"), ("Version", version),
            ("Results[0].EnrolmentId", Id(enrolmentId)), ("Results[0].Presented", "true"), ("Results[0].Summary", summary));

        var saved = await first.PostWithTokenAsync(url, Workshop("Ringkasan pertama"), TestBrowser.TokenIn(firstPage));
        var conflict = await second.PostWithTokenAsync(url, Workshop("Ringkasan kedua"), TestBrowser.TokenIn(secondPage));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("Orang lain mengubah data ini", html, StringComparison.Ordinal);
        Assert.Contains("Ringkasan pertama", html, StringComparison.Ordinal);
        Assert.Equal("Ringkasan pertama", await App.WithDbAsync(db => db.Enrolments.Select(e => e.ResultsSummary).SingleAsync()));
        first.Dispose();
        second.Dispose();
    }

    [Fact]
    public async Task Two_people_saving_the_same_baseline_end_with_a_conflict_for_the_second()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1);
        var enrolmentId = await App.WithDbAsync(db => db.Enrolments.Select(e => e.Id).SingleAsync());
        var (first, second) = await TwoEditorsAsync();
        var url = $"/trainings/{Id(training.Id)}/enrolments/{Id(enrolmentId)}/baseline";
        var firstPage = await first.GetPageAsync(url);
        var secondPage = await second.GetPageAsync(url);
        var version = VersionField().Match(firstPage).Groups[1].Value;
        Dictionary<string, string> Baseline(string value) => Form(("Date", "2026-08-25"), ("Version", version),
            ("Kpis[0].Code", "reject_rate"), ("Kpis[0].Value", value));

        var saved = await first.PostWithTokenAsync(url, Baseline("8"), TestBrowser.TokenIn(firstPage));
        var conflict = await second.PostWithTokenAsync(url, Baseline("9"), TestBrowser.TokenIn(secondPage));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Orang lain mengubah data ini", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([8m], await App.WithDbAsync(db => db.KpiValues.Select(v => v.Value).ToListAsync()));
        first.Dispose();
        second.Dispose();
    }
}
