using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Score.Tests.Certificates;
using Score.Tests.Infrastructure;

namespace Score.Tests.Dashboard;

/// <summary>With the dashboard kept between requests, as in production: kept while nothing changes, computed afresh after any change.</summary>
public sealed class DashboardCacheTests(DashboardCacheTests.CachingApp app) : DeliveredTrainingTest(app), IClassFixture<DashboardCacheTests.CachingApp>
{
    public sealed class CachingApp : ScoreApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Score:DashboardCacheSeconds", "600");
        }
    }

    private static string ComputedAt(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"computed-at\">([^<]*)<").Groups[1].Value;

    [Fact]
    public async Task A_kept_dashboard_is_shown_until_the_data_changes_then_computed_afresh()
    {
        var delivered = await DeliveredAsync(Bedo.Id, BedoTrainer.Id);
        using var bedo = await AsAsync("staff.bedo@score.test");
        App.Clock.Fixed = new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);
        var first = await bedo.GetPageAsync("/dashboard");
        Assert.Contains("Sertifikat belum terbit: 3 orang, 1 perusahaan", first, StringComparison.Ordinal);

        App.Clock.Fixed = new DateTimeOffset(2026, 11, 28, 2, 5, 0, TimeSpan.Zero);
        var kept = await bedo.GetPageAsync("/dashboard");
        Assert.Equal(ComputedAt(first), ComputedAt(kept));

        var page = $"/trainings/{Id(delivered.TrainingId)}/certificates";
        await bedo.PostFormAsync(page, page + "/issue", new Dictionary<string, string>());
        var afterIssue = await bedo.GetPageAsync("/dashboard");
        Assert.NotEqual(ComputedAt(first), ComputedAt(afterIssue));
        Assert.Contains("Sertifikat belum terbit: 0 orang, 0 perusahaan", afterIssue, StringComparison.Ordinal);

        App.Clock.Fixed = new DateTimeOffset(2026, 11, 28, 2, 10, 0, TimeSpan.Zero);
        await App.WithDbAsync(db => db.Enrolments.Where(e => e.Id == delivered.EnrolmentB).ExecuteUpdateAsync(s => s.SetProperty(e => e.ProductivityImproved, false)));
        var afterEdit = await bedo.GetPageAsync("/dashboard");
        Assert.NotEqual(ComputedAt(afterIssue), ComputedAt(afterEdit));
        Assert.Matches("data-testid=\"figure-productivity\".*?data-testid=\"value\">50%<", afterEdit.ReplaceLineEndings(" "));
        // One dashboard kept for this partner and filter, not one per version the data went through.
        var dashboards = (Microsoft.Extensions.Caching.Memory.MemoryCache)App.Services.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>();
        Assert.Equal(1, dashboards.Count);
    }
}
