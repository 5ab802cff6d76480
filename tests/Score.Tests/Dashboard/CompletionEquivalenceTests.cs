using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Score.Tests.Infrastructure;
using Score.Tests.Registry;
using Score.Web.Domain;
using Score.Web.Figures;
using Score.Web.Queries;
using Score.Web.Tools;

namespace Score.Tests.Dashboard;

/// <summary>
/// The dashboard decides completion and overdue visits in SQL, the training page in C#
/// (<see cref="CompletionRule"/>, <c>VisitSchedule</c>). Over a generated programme, with the
/// modules' rules varied, both must agree exactly.
/// </summary>
public sealed partial class CompletionEquivalenceTests(ScoreApp app) : RegistryTest(app)
{
    [GeneratedRegex("data-testid=\"figure-(?<key>[a-z-]+)\"[^>]*>(?<body>.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex Figure();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    private static int[] Numbers(string text) =>
        [.. Regex.Matches(text, "[0-9][0-9.]*").Select(m => int.Parse(m.Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public async Task The_dashboards_completion_and_overdue_visits_agree_with_the_training_pages()
    {
        var today = new DateOnly(2026, 11, 28);
        App.Clock.Fixed = new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);
        await App.WithDbAsync(db => new DataGenerator(db).RunAsync(new GeneratorOptions(0.1, 11, today), CancellationToken.None));
        await App.WithDbAsync(async db =>
        {
            await db.Modules.Where(m => m.Number == 2).ExecuteUpdateAsync(s => s.SetProperty(m => m.ParticipantMinAttendancePercent, 50).SetProperty(m => m.EnterpriseNeedsWorkshop, false));
            await db.Modules.Where(m => m.Number == 3).ExecuteUpdateAsync(s => s.SetProperty(m => m.EnterpriseNeedsManagerAndWorker, false));
            await db.Modules.Where(m => m.Number == 4).ExecuteUpdateAsync(s => s.SetProperty(m => m.PlannedConsultations, 2).SetProperty(m => m.ConsultationWindowDays, 60));
            await db.Modules.Where(m => m.Number == 5).ExecuteUpdateAsync(s => s.SetProperty(m => m.EnterpriseNeedsPlannedConsultations, false));
        });

        using var admin = await AsAsync("admin@score.test");
        var figures = Figure().Matches(await admin.GetPageAsync("/dashboard")).ToDictionary(m => m.Groups["key"].Value, m => System.Net.WebUtility.HtmlDecode(Tag().Replace(m.Groups["body"].Value, " ")));

        var (completers, participants, enterprisesCompleted, overdue) = await FromTrainingPagesAsync();
        Assert.Equal([completers, participants], Numbers(figures["participant-completion"])[1..]);
        Assert.Equal(enterprisesCompleted, Numbers(figures["enterprises"])[1]);
        Assert.Equal(overdue, Numbers(figures["overdue"])[0]);
        Assert.True(completers > 0 && completers < participants && overdue > 0, $"a varied programme: {completers} of {participants}, {overdue} overdue");
    }

    /// <summary>
    /// The next visit's due day is written once in C# (<see cref="VisitSchedule.NextDue"/>) and once in SQL (next_visit_due,
    /// which EF runs for the same method in LINQ, and the visit list's SQL calls): over a generated programme with the modules'
    /// windows varied, the database's day equals the C# day for every enrolment, the overdue set of the dashboard's LINQ equals
    /// C#'s, and the visit list puts overdue visits first, then by that day.
    /// </summary>
    [Fact]
    public async Task The_due_day_of_the_next_visit_is_the_same_in_csharp_in_linq_and_in_the_visit_lists_sql()
    {
        var today = new DateOnly(2026, 11, 28);
        App.Clock.Fixed = new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);
        await App.WithDbAsync(db => new DataGenerator(db).RunAsync(new GeneratorOptions(0.1, 12, today), CancellationToken.None));
        await App.WithDbAsync(async db =>
        {
            await db.Modules.Where(m => m.Number == 2).ExecuteUpdateAsync(s => s.SetProperty(m => m.PlannedConsultations, 2).SetProperty(m => m.ConsultationWindowDays, 45));
            await db.Modules.Where(m => m.Number == 4).ExecuteUpdateAsync(s => s.SetProperty(m => m.PlannedConsultations, 4).SetProperty(m => m.ConsultationWindowDays, 50));
            await FigureFacts.RefreshAsync(db, CancellationToken.None);
        });

        var rows = await App.WithDbAsync(db => db.EnrolmentFacts
            .Select(x => new
            {
                x.EnrolmentId, x.TrainingId, x.LastClassroomDay, x.VisitDays, x.PlannedConsultations, x.ConsultationWindowDays, x.Status,
                InDatabase = VisitSchedule.NextDue(x.LastClassroomDay, x.VisitDays, x.PlannedConsultations, x.ConsultationWindowDays),
            })
            .ToListAsync());
        var mismatches = rows.Where(r => r.InDatabase != VisitSchedule.NextDue(r.LastClassroomDay, r.VisitDays, r.PlannedConsultations, r.ConsultationWindowDays)).ToList();
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {rows.Count} due days differ, e.g. {mismatches.FirstOrDefault()}");
        Assert.True(rows.Count(r => r.InDatabase is not null) > 100 && rows.Select(r => r.PlannedConsultations).Distinct().Count() >= 3, "a varied programme");
        var overdueSeen = 0;
        foreach (var day in new[] { today.AddDays(-60), today, today.AddDays(30), today.AddDays(90) })
        {
            var overdueInLinq = await App.WithDbAsync(db => db.EnrolmentFacts.Overdue(day).Select(x => x.EnrolmentId).ToListAsync());
            var overdueInCsharp = rows
                .Where(r => VisitSchedule.ExpectsVisits(r.Status) && VisitSchedule.Progress(r.LastClassroomDay, r.VisitDays, r.PlannedConsultations, r.ConsultationWindowDays, day).IsOverdue)
                .Select(r => r.EnrolmentId);
            Assert.Equal(overdueInCsharp.Order(), overdueInLinq.Order());
            overdueSeen += overdueInLinq.Count;
        }
        Assert.True(overdueSeen > 10, $"{overdueSeen} overdue over four days");
        var overdueToday = await App.WithDbAsync(db => db.EnrolmentFacts.Overdue(today).Select(x => x.EnrolmentId).ToListAsync());

        await using var scope = App.Services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "test"), new Claim(ClaimTypes.Name, "test"), new Claim(ClaimTypes.Role, Roles.Administrator)], "Test");
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
        var db = scope.ServiceProvider.GetRequiredService<Score.Web.Data.ScoreDbContext>();
        var list = await scope.ServiceProvider.GetRequiredService<VisitQueries>().VisitsAheadAsync(db.Trainings, null, CancellationToken.None);
        var expected = rows.Where(r => VisitSchedule.ExpectsVisits(r.Status) && r.VisitDays < r.PlannedConsultations && r.LastClassroomDay is not null).ToList();
        Assert.Equal(expected.Select(r => r.EnrolmentId).Order(), list.Select(r => r.EnrolmentId).Order());
        var order = list.Select(r => (Late: r.Progress.IsOverdue ? 0 : 1, r.Progress.NextDue)).ToList();
        Assert.Equal(order.OrderBy(o => o.Late).ThenBy(o => o.NextDue), order);
        Assert.All(list, r => Assert.Equal(r.Progress.IsOverdue, overdueToday.Contains(r.EnrolmentId)));
    }

    /// <summary>The same figures summed over every delivered training's page, as an administrator would see them.</summary>
    private async Task<(int Completers, int Participants, int EnterprisesCompleted, int Overdue)> FromTrainingPagesAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "test"), new Claim(ClaimTypes.Name, "test"), new Claim(ClaimTypes.Role, Roles.Administrator)], "Test");
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
        var records = scope.ServiceProvider.GetRequiredService<TrainingRecords>();
        var ids = await App.WithDbAsync(db => db.Trainings
            .Where(t => t.Status == TrainingStatus.ClassroomDone || t.Status == TrainingStatus.Consultations || t.Status == TrainingStatus.Completed)
            .Select(t => t.Id).ToListAsync());
        int completers = 0, participants = 0, overdue = 0;
        var enterprises = new HashSet<int>();
        foreach (var id in ids)
        {
            var training = (await records.LoadAsync(id, CancellationToken.None))!;
            completers += training.ParticipantsCompleted;
            participants += training.ParticipantCount;
            enterprises.UnionWith(training.Enrolments.Where(e => e.Completed).Select(e => e.EnterpriseId));
            overdue += training.Enrolments.Count(e => e.Visits.IsOverdue);
        }
        return (completers, participants, enterprises.Count, overdue);
    }
}
