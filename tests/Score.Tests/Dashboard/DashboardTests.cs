using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Certificates;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Dashboard;

/// <summary>
/// A known programme: BEDO's completed module-1 training (T1: enterprise A completed, B did not;
/// three of four participants completed), SMI's module-1 training still in consultations (T2: A
/// visited three times, B never and overdue) held in West Java, and BEDO's planned module-2
/// training of 2025 (T3, one enterprise of two participants).
/// </summary>
public sealed partial class DashboardTests(ScoreApp app) : DeliveredTrainingTest(app)
{
    private Delivered t1 = null!;
    private Delivered t2 = null!;
    private Training t3 = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.Clock.Fixed = new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);
        t1 = await DeliveredAsync(Bedo.Id, BedoTrainer.Id, "BEDO Modul 1");
        var smiTrainer = await TrainerProfileAsync("trainer.smi@score.test", Smi.Id, 1);
        t2 = await DeliveredAsync(Smi.Id, smiTrainer.Id, "SMI Modul 1");
        t3 = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, title: "BEDO Modul 2 2025");
        await App.WithDbAsync(async db =>
        {
            await db.Trainings.Where(t => t.Id == t1.TrainingId).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, TrainingStatus.Completed).SetProperty(t => t.TotalCost, 10_000_000m).SetProperty(t => t.FeesCollected, 7_500_000m)
                .SetProperty(t => t.Funding, FundingSource.EnterpriseFees));
            await db.Trainings.Where(t => t.Id == t2.TrainingId).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.ProvinceCode, "32").SetProperty(t => t.TotalCost, 5_000_000m).SetProperty(t => t.SponsorContribution, 1_000_000m)
                .SetProperty(t => t.Funding, FundingSource.IloOrDonor));
            await db.Trainings.Where(t => t.Id == t3.Id).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.ModuleNumber, 2).SetProperty(t => t.PlannedStart, new DateOnly(2025, 3, 1)).SetProperty(t => t.PlannedEnd, new DateOnly(2025, 6, 1)));
            // Productivity answered three times, two yes: 66.7% shows as 67%.
            await db.Enrolments.Where(e => e.Id == t2.EnrolmentB).ExecuteUpdateAsync(s => s.SetProperty(e => e.ProductivityImproved, false));
            // Every enterprise employs 20 women and 25 men but SMI's B: 7 and 3.
            await db.Enterprises.Where(e => db.Enrolments.Any(en => en.Id == t2.EnrolmentB && en.EnterpriseId == e.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.WorkersWomen, 7).SetProperty(e => e.WorkersMen, 3));
        });
    }

    [GeneratedRegex("data-testid=\"figure-(?<key>[a-z-]+)\"[^>]*>.*?data-testid=\"value\">(?<value>[^<]*)<", RegexOptions.Singleline)]
    private static partial Regex Figure();

    [GeneratedRegex("href=\"(?<href>[^\"]*)\" data-testid=\"figure-enterprises\"")]
    private static partial Regex EnterprisesLink();

    [GeneratedRegex("data-testid=\"result-count\">(?<n>[0-9.,]+)")]
    private static partial Regex ResultCount();

    private static Dictionary<string, string> Figures(string html) =>
        Figure().Matches(html).ToDictionary(m => m.Groups["key"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value).Trim());

    [Fact]
    public async Task The_programme_dashboard_shows_each_figure_exactly()
    {
        using var admin = await AsAsync("admin@score.test");

        var html = await admin.GetPageAsync("/dashboard");
        var figures = Figures(html);

        Assert.Equal("2", figures["active-partners"]);
        Assert.Equal("3", figures["trainings"]);
        Assert.Equal("5", figures["enterprises"]);
        Assert.Equal("10", figures["participants"]);
        Assert.Equal("190", figures["workers"]);                     // 4 x 45 + 10, each enterprise once
        Assert.Equal("1", figures["provinces"]);                     // Central Java, where every enterprise is; West Java is only T2's venue
        Assert.Equal("6 / 12", figures["consultations"]);
        Assert.Equal("1", figures["overdue"]);                       // T2's B: first visit was due 02/10/2026
        Assert.Equal("75%", figures["participant-completion"]);      // 6 of the 8 in delivered classes
        Assert.Equal("50%", figures["enterprise-completion"]);       // A of T1's A and B
        Assert.Equal("67%", figures["partner-funded"]);              // T2 is ILO-funded
        Assert.Equal("50%", figures["cost-recovery"]);               // 7.5 of 15 million: T2's 1 million is ILO's, not recovered
        Assert.Equal("67%", figures["productivity"]);                // 2 of 3 answering
        Assert.Equal("–", figures["energy"]);
        Assert.Equal("87 perempuan, 103 laki-laki", Details(html)["workers"]);
        Assert.Equal("pelatihan diadakan di 2", Details(html)["provinces"]);
        Assert.Equal("Rp 7.500.000 · donor Rp 1.000.000 terpisah", Details(html)["cost-recovery"]);
        // Each headline figure says how it is counted, on the tile and in the notes under the tiles.
        Assert.Contains("title=\"Provinsi tempat perusahaan yang dijangkau berada. Tempat pelatihan diadakan ditampilkan terpisah, sebagai provinsi tempat pelatihan.\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"rule-cost-recovery\">Iuran yang dibayar perusahaan dan kontribusi sponsor lokal", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"rule-workers\">Pekerja perempuan dan laki-laki yang tercatat", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_gives_each_partner_the_workers_of_the_enterprises_it_reached()
    {
        using var api = await App.CreateApiClientAsync("viewer@score.test", canWrite: false);

        var figures = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync(new Uri("/api/v1/dashboard", UriKind.Relative))).RootElement.GetProperty("figures");

        var partners = figures.GetProperty("byPartner").EnumerateArray().ToDictionary(p => p.GetProperty("shortName").GetString()!, p => p.GetProperty("figures"));
        Assert.Equal(135, partners["BEDO"].GetProperty("workers").GetInt32()); // T1's two enterprises and T3's, 45 each
        Assert.Equal(55, partners["SMI"].GetProperty("workers").GetInt32());   // 45, and SMI's B with 7 + 3
        Assert.Equal(figures.GetProperty("total").GetProperty("workers").GetInt32(), partners.Values.Sum(p => p.GetProperty("workers").GetInt32()));
        // T2's ILO money is donor money, apart from its partner's cost recovery.
        Assert.Equal(1_000_000m, partners["SMI"].GetProperty("donorContribution").GetDecimal());
        Assert.Equal(0m, partners["SMI"].GetProperty("sponsorContribution").GetDecimal());
    }

    [GeneratedRegex("data-testid=\"figure-(?<key>[a-z-]+)\"[^>]*>(?:(?!figure-).)*?data-testid=\"detail\">(?<detail>[^<]*)<", RegexOptions.Singleline)]
    private static partial Regex FigureDetail();

    private static Dictionary<string, string> Details(string html) =>
        FigureDetail().Matches(html).ToDictionary(m => m.Groups["key"].Value, m => WebUtility.HtmlDecode(m.Groups["detail"].Value).Trim());

    [GeneratedRegex("<h[1-6][^>]*>(?<text>.*?)</h[1-6]>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [Theory]
    [InlineData("admin@score.test", "/dashboard")]
    [InlineData("admin@score.test", "/dashboard?partner=")]
    [InlineData("staff.bedo@score.test", "/dashboard")]
    public async Task No_heading_is_repeated_on_a_dashboard(string email, string url)
    {
        using var user = await AsAsync(email);
        var html = await user.GetPageAsync(url.EndsWith('=') ? url + Id(Bedo.Id) : url);

        var headings = Heading().Matches(html).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups["text"].Value, "<[^>]+>", "")).Trim()).ToList();
        Assert.True(headings.Count >= 8, string.Join(" | ", headings));
        Assert.Equal(headings.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), headings);
    }

    [Fact]
    public async Task Approved_only_counts_just_the_trainings_a_reviewer_approved()
    {
        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == t1.TrainingId).ExecuteUpdateAsync(s => s.SetProperty(t => t.ReviewState, ReviewState.Approved)));
        using var admin = await AsAsync("admin@score.test");

        var all = await admin.GetPageAsync("/dashboard");
        var approved = await admin.GetPageAsync("/dashboard?approved=true");
        var figures = Figures(approved);

        Assert.Equal("3", Figures(all)["trainings"]);
        Assert.Equal("1", figures["trainings"]);                      // T1 only
        Assert.Equal("2", figures["enterprises"]);
        Assert.Equal("4", figures["participants"]);
        Assert.Equal("75%", figures["participant-completion"]);      // 3 of T1's 4
        Assert.Equal("50%", figures["enterprise-completion"]);
        Assert.Contains("hanya pelatihan yang disetujui", approved, StringComparison.Ordinal);
        Assert.Contains("semua data, disetujui atau belum", all, StringComparison.Ordinal);

        // The figure leads to the list (and so the export) of the same enterprises.
        var list = WebUtility.HtmlDecode(EnterprisesLink().Match(approved).Groups["href"].Value);
        Assert.Contains("reachedApproved=true", list, StringComparison.Ordinal);
        Assert.Equal("2", ResultCount().Match(await admin.GetPageAsync(list)).Groups["n"].Value);
        var csv = await (await admin.GetAsync(list.Replace("/enterprises?", "/enterprises/export?format=csv&", StringComparison.Ordinal))).Content.ReadAsStringAsync();
        Assert.Equal(2, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[0]).Distinct().Count());
    }

    [Theory]
    [InlineData("partner=SMI", "1", "2", "4")]
    [InlineData("year=2025", "1", "1", "2")]
    [InlineData("module=2", "1", "1", "2")]
    [InlineData("year=2026&quarter=3", "2", "4", "8")]
    [InlineData("year=2026&quarter=4", "0", "0", "0")]
    [InlineData("province=32", "1", "2", "4")]
    [InlineData("from=2026-01-01&to=2026-12-31&province=33", "1", "2", "4")]
    public async Task Each_filter_narrows_the_figures_and_stays_in_the_url(string query, string trainings, string enterprises, string participants)
    {
        using var admin = await AsAsync("admin@score.test");
        query = query.Replace("partner=SMI", $"partner={Id(Smi.Id)}", StringComparison.Ordinal);

        var html = await admin.GetPageAsync("/dashboard?" + query);
        var figures = Figures(html);

        Assert.Equal((trainings, enterprises, participants), (figures["trainings"], figures["enterprises"], figures["participants"]));
        // The filter is kept in every export link.
        Assert.Contains("/dashboard/export/modules?" + query.Replace("&", "&amp;", StringComparison.Ordinal), html, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"(?<href>[^\"]*)\" data-testid=\"figure-trainings\"")]
    private static partial Regex TrainingsLink();

    [Theory]
    [InlineData("")]
    [InlineData("year=2026")]
    [InlineData("approved=true")]
    [InlineData("year=2026&quarter=3&province=33&approved=true")]
    public async Task The_trainings_figure_equals_the_list_its_tile_opens_cancelled_and_unapproved_left_out_as_the_figure_leaves_them(string query)
    {
        var cancelled = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, title: "BEDO Dibatalkan");
        await App.WithDbAsync(async db =>
        {
            await db.Trainings.Where(t => t.Id == cancelled.Id).ExecuteUpdateAsync(x => x.SetProperty(t => t.Status, TrainingStatus.Cancelled));
            await db.Trainings.Where(t => t.Id == t1.TrainingId).ExecuteUpdateAsync(x => x.SetProperty(t => t.ReviewState, ReviewState.Approved));
        });
        using var admin = await AsAsync("admin@score.test");

        var html = await admin.GetPageAsync("/dashboard?" + query);
        var link = WebUtility.HtmlDecode(TrainingsLink().Match(html).Groups["href"].Value);
        var list = await admin.GetPageAsync(link);

        Assert.Contains("active=true", link, StringComparison.Ordinal);
        Assert.Equal(Figures(html)["trainings"], ResultCount().Match(list).Groups["n"].Value);
        Assert.DoesNotContain("BEDO Dibatalkan", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("year=2026")]
    [InlineData("module=2")]
    [InlineData("province=32")]
    [InlineData("year=2026&quarter=3&province=33")]
    public async Task The_enterprises_reached_equal_what_the_enterprise_list_shows_under_the_same_filter(string query)
    {
        using var admin = await AsAsync("admin@score.test");

        var html = await admin.GetPageAsync("/dashboard?" + query);
        var reached = Figures(html)["enterprises"];
        var link = WebUtility.HtmlDecode(EnterprisesLink().Match(html).Groups["href"].Value);
        var list = await admin.GetPageAsync(link);

        Assert.StartsWith("/enterprises?reached=true", link, StringComparison.Ordinal);
        Assert.Equal(reached, ResultCount().Match(list).Groups["n"].Value);
    }

    [Fact]
    public async Task A_list_opened_from_the_dashboard_names_its_period_in_words_and_never_as_dots()
    {
        using var admin = await AsAsync("admin@score.test");

        var allTime = await admin.GetPageAsync("/enterprises?reached=true");
        var fromOnly = await admin.GetPageAsync("/enterprises?reached=true&reachedFrom=2026-01-01");
        var trainings = await admin.GetPageAsync("/trainings?province=33");
        var english = await admin.GetPageAsync("/enterprises?reached=true&reachedTo=2026-06-30&culture=en&ui-culture=en");

        Assert.Contains("Perusahaan yang dijangkau: Semua pelatihan (dari dasbor)", allTime, StringComparison.Ordinal);
        Assert.Contains("Perusahaan yang dijangkau: Pelatihan yang dimulai sejak 01/01/2026", fromOnly, StringComparison.Ordinal);
        Assert.Contains("Filter dasbor: Semua pelatihan", trainings, StringComparison.Ordinal);
        Assert.Contains("Enterprises reached: Trainings starting until 30 Jun 2026", english, StringComparison.Ordinal);
        Assert.DoesNotContain("…", allTime + fromOnly + trainings + english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trainings_by_module_and_status_equal_the_training_list_with_the_same_filters()
    {
        using var admin = await AsAsync("admin@score.test");
        var csv = await admin.DownloadAsync("/dashboard/export/statuses?format=csv&year=2026");
        var rows = System.Text.Encoding.UTF8.GetString(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var moduleOne = rows.Single(r => r.StartsWith("M1", StringComparison.Ordinal)).Split(',');

        foreach (var (status, column) in new[] { (TrainingStatus.Consultations, 3), (TrainingStatus.Completed, 4), (TrainingStatus.Planned, 1) })
        {
            var list = await admin.GetPageAsync($"/trainings?module=1&status={status}&from=2026-01-01&to=2026-12-31");
            Assert.Equal(moduleOne[column].Trim(), ResultCount().Match(list).Groups["n"].Value);
        }
    }

    [Fact]
    public async Task Partner_staff_see_their_partners_figures_and_never_another_partners()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");

        var html = await bedo.GetPageAsync("/dashboard");
        var figures = Figures(html);

        Assert.Equal(("2", "3", "6"), (figures["trainings"], figures["enterprises"], figures["participants"]));
        Assert.Contains("data-testid=\"needs-action\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("SMI Modul 1", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await bedo.GetAsync($"/dashboard?partner={Id(Smi.Id)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bedo.GetAsync($"/dashboard/export/modules?format=csv&partner={Id(Smi.Id)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bedo.GetAsync("/dashboard/export/partners?format=csv")).StatusCode);
        var own = System.Text.Encoding.UTF8.GetString(await bedo.DownloadAsync("/dashboard/export/modules?format=csv"));
        Assert.Contains("\"1. Kerja Sama di Tempat Kerja\",1,2,4,1", own, StringComparison.Ordinal);

        using var trainer = await AsAsync("trainer.bedo@score.test");
        var response = await trainer.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_partner_dashboard_lists_what_needs_action()
    {
        var today = new DateOnly(2026, 11, 28);
        var dayWithout = await App.WithDbAsync(async db =>
        {
            var day = new ClassroomDay { TrainingId = t3.Id, Date = today.AddDays(-3) };
            db.ClassroomDays.Add(day);
            await db.SaveChangesAsync();
            return day.Id;
        });
        using var viewer = await AsAsync("viewer@score.test");

        var smi = await viewer.GetPageAsync($"/dashboard?partner={Id(Smi.Id)}");
        var bedo = await viewer.GetPageAsync($"/dashboard?partner={Id(Bedo.Id)}");

        Assert.Matches("data-testid=\"overdue-visits\">\\s*<li><a href=\"/trainings/[0-9]+/enrolments/" + Id(t2.EnrolmentB), smi);
        Assert.Contains("Sertifikat belum terbit: 3 orang, 1 perusahaan", bedo, StringComparison.Ordinal);   // T1: three participants and enterprise A
        Assert.Contains($"/days/{Id(dayWithout)}/attendance", bedo, StringComparison.Ordinal);

        using var staff = await AsAsync("staff.bedo@score.test");
        var page = $"/trainings/{Id(t1.TrainingId)}/certificates";
        await staff.PostFormAsync(page, page + "/issue", new Dictionary<string, string>());
        Assert.Contains("Sertifikat belum terbit: 0 orang, 0 perusahaan", await viewer.GetPageAsync($"/dashboard?partner={Id(Bedo.Id)}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_table_exports_as_xlsx_and_csv_with_the_figures_shown()
    {
        using var admin = await AsAsync("admin@score.test");

        foreach (var table in new[] { "partners", "modules", "statuses", "quarters", "provinces", "people", "outcomes", "kpis", "funding" })
        {
            var csv = System.Text.Encoding.UTF8.GetString(await admin.DownloadAsync($"/dashboard/export/{table}?format=csv"));
            var xlsx = await admin.DownloadAsync($"/dashboard/export/{table}?format=xlsx");
            using var stream = new MemoryStream(xlsx);
            var sheet = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            Assert.True(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= 2, table);
            Assert.NotEmpty(sheet);
        }
        var partners = System.Text.Encoding.UTF8.GetString(await admin.DownloadAsync("/dashboard/export/partners?format=csv"));
        Assert.Contains("BEDO,2,3,3,3,3,6,100,75,100", partners, StringComparison.Ordinal);
        Assert.Contains("SMI,1,2,2,2,3,6,0,0,50", partners, StringComparison.Ordinal); // ILO's million recovers nothing
    }

    [Fact]
    public async Task A_trainers_home_lists_their_trainings_in_progress()
    {
        using var trainer = await AsAsync("trainer.bedo@score.test");

        var home = await trainer.GetPageAsync("/");

        Assert.Contains("data-testid=\"my-trainings\"", home, StringComparison.Ordinal);
        Assert.Contains("BEDO Modul 2 2025", home, StringComparison.Ordinal);
        Assert.DoesNotContain("BEDO Modul 1", home, StringComparison.Ordinal);   // completed
        Assert.DoesNotContain("SMI Modul 1", home, StringComparison.Ordinal);    // not theirs
    }

    [Fact]
    public async Task The_median_kpi_change_runs_from_each_baseline_to_the_latest_visit()
    {
        await App.WithDbAsync(async db =>
        {
            var visit = await db.Consultations.Where(c => c.EnrolmentId == t1.EnrolmentA).OrderBy(c => c.Date).FirstAsync();
            void Values(int enrolment, decimal baseline, params decimal[] later)
            {
                db.KpiValues.Add(new KpiValue { EnrolmentId = enrolment, KpiCode = "reject_rate", Value = baseline, MeasuredOn = new DateOnly(2026, 8, 25) });
                for (var i = 0; i < later.Length; i++)
                {
                    db.KpiValues.Add(new KpiValue { EnrolmentId = enrolment, KpiCode = "reject_rate", Value = later[i], MeasuredOn = new DateOnly(2026, 10, 1 + i), ConsultationId = visit.Id });
                }
            }
            Values(t1.EnrolmentA, 10, 9, 8);     // latest -20%
            Values(t1.EnrolmentB, 10, 9);        // -10%
            Values(t2.EnrolmentA, 4, 5);         // +25%
            Values(t2.EnrolmentB, 0, 3);         // no share of a zero baseline: left out
            await db.SaveChangesAsync();
        });
        using var admin = await AsAsync("admin@score.test");

        var csv = System.Text.Encoding.UTF8.GetString(await admin.DownloadAsync("/dashboard/export/kpis?format=csv"));

        Assert.Contains("\"Tingkat cacat atau tolak\",3,-10", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_variant_filter_keeps_the_trainings_run_under_that_variant()
    {
        var variantId = await App.WithDbAsync(async db =>
        {
            var variant = new ScoreVariant { PartnerId = Bedo.Id, Name = "SCORE Plus", ModuleNumbers = [1, 2] };
            db.Variants.Add(variant);
            await db.SaveChangesAsync();
            await db.Trainings.Where(t => t.Id == t1.TrainingId).ExecuteUpdateAsync(s => s.SetProperty(t => t.VariantId, variant.Id));
            return variant.Id;
        });
        using var bedo = await AsAsync("staff.bedo@score.test");

        var html = await bedo.GetPageAsync($"/dashboard?variant={Id(variantId)}");
        var figures = Figures(html);

        Assert.Equal(("1", "2", "4"), (figures["trainings"], figures["enterprises"], figures["participants"]));
        var list = await bedo.GetPageAsync($"/trainings?variant={Id(variantId)}");
        Assert.Equal("1", ResultCount().Match(list).Groups["n"].Value);
    }

    [Theory]
    [InlineData("year=99999")]
    [InlineData("year=0&quarter=2")]
    [InlineData("year=abc&quarter=9")]
    [InlineData("from=2026-13-45&to=yesterday")]
    [InlineData("partner=x&module=-3&variant=999999")]
    public async Task Nonsense_in_the_url_shows_a_dashboard_not_an_error(string query)
    {
        using var admin = await AsAsync("admin@score.test");

        var response = await admin.GetAsync("/dashboard?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
