using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Tests.Registry;
using Score.Web.Domain;
using Score.Web.Tools;

namespace Score.Tests.Dashboard;

/// <summary>
/// The generated programme at scale 1 is the one ILO's handover release reports, under the rules of docs/figures.md:
/// 2,300 enterprises and 34,900 workers benefited, 14 provinces where enterprises reached are, 74% and 63% of the
/// enterprises (each by its latest answer) reporting higher productivity and cost savings, and 93% of the trainings
/// since 2017 organised and funded by the partners. The dashboard shows it from data written the way the
/// forms write it, through the same queries as every other figure.
/// </summary>
public sealed partial class ProgrammeRecordTests(ScoreApp app) : RegistryTest(app)
{
    [GeneratedRegex("data-testid=\"figure-(?<key>[a-z-]+)\"[^>]*>.*?data-testid=\"value\">(?<value>[^<]*)<", RegexOptions.Singleline)]
    private static partial Regex Figure();

    private static Dictionary<string, string> Figures(string html) =>
        Figure().Matches(html).ToDictionary(m => m.Groups["key"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value).Trim());

    [Fact]
    public async Task The_generated_programme_shows_the_seven_figures_of_the_record()
    {
        var today = new DateOnly(2026, 11, 28);
        App.Clock.Fixed = new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);
        await App.WithDbAsync(db => new DataGenerator(db).RunAsync(new GeneratorOptions(1, 2026, today), CancellationToken.None));
        using var viewer = await AsAsync("viewer@score.test");

        var programme = Figures(await viewer.GetPageAsync($"/dashboard?phase={ProgrammePhases.Programme.Number}"));
        Assert.Equal("2.300", programme["enterprises"]);
        Assert.Equal("34.900", programme["workers"]);
        Assert.Equal("14", programme["provinces"]);
        Assert.Equal("74%", programme["productivity"]);
        Assert.Equal("63%", programme["cost-savings"]);

        var phase3 = Figures(await viewer.GetPageAsync("/dashboard?phase=3"));
        Assert.Equal("93%", phase3["partner-funded"]);
        // ILO funded most of the preparation phase; the phases are distinct periods.
        var phase1 = Figures(await viewer.GetPageAsync("/dashboard?phase=1"));
        Assert.Equal("20%", phase1["partner-funded"]);
        var trainings = await App.WithDbAsync(db => db.Trainings.CountAsync(t => t.PlannedStart >= new DateOnly(2009, 1, 1) && t.PlannedStart <= new DateOnly(2012, 12, 31) && t.Status != TrainingStatus.Cancelled));
        Assert.Equal(trainings.ToString("N0", new System.Globalization.CultureInfo("id-ID")), phase1["trainings"]);

        // Reached through data a real programme has: micro, small and medium enterprises, and no venue without an enterprise of its province.
        var sizes = await App.WithDbAsync(db => db.Enterprises.GroupBy(e => e.SizeClass).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count));
        foreach (var size in new[] { SizeClass.Micro, SizeClass.Small, SizeClass.Medium })
        {
            Assert.True(sizes.GetValueOrDefault(size) >= 2300 / 10, $"{size}: {sizes.GetValueOrDefault(size)} of 2,300 enterprises");
        }
        var emptyVenues = await App.WithDbAsync(db => db.Trainings
            .Where(t => t.Status != TrainingStatus.Cancelled && t.Status != TrainingStatus.Planned)
            .Where(t => !db.Enrolments.Any(e => e.Enterprise!.ProvinceCode == t.ProvinceCode
                && db.Trainings.Any(o => o.Id == e.TrainingId && o.Status != TrainingStatus.Cancelled)))
            .Select(t => t.ProvinceCode).Distinct().ToListAsync());
        Assert.Empty(emptyVenues);
    }
}
