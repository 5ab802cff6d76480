using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Score.Tests.Infrastructure;
using Score.Tests.Registry;
using Score.Web.Authorization;
using Score.Web.Domain;
using Score.Web.Figures;
using Score.Web.Tools;

namespace Score.Tests.Dashboard;

/// <summary>
/// The programme's figures from the in-memory facts (FigureSnapshot) equal PostgreSQL's over the same facts, figure by
/// figure, for filters drawn at random over a generated programme, before and after changes read in by training.
/// </summary>
public sealed class FigureSnapshotTests(ScoreApp app) : RegistryTest(app)
{
    private sealed record Choices(int[] Partners, string[] Provinces, int[] Variants);

    private static ProgrammeFigureQueries FiguresAs(AsyncServiceScope scope, string role, int? partnerId = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "test"), new(ClaimTypes.Name, "test"), new(ClaimTypes.Role, role) };
        if (partnerId is { } id)
        {
            claims.Add(new Claim(ScoreClaims.PartnerId, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")) };
        return scope.ServiceProvider.GetRequiredService<ProgrammeFigureQueries>();
    }

    private static FigureFilter RandomFilter(Random random, Choices choices)
    {
        DateOnly? Day() => random.Next(3) == 0 ? null : new DateOnly(random.Next(2008, 2028), random.Next(1, 13), random.Next(1, 29));
        var (from, to) = (Day(), Day());
        return new FigureFilter(
            from, to,
            random.Next(3) == 0 ? choices.Partners[random.Next(choices.Partners.Length)] : null,
            random.Next(4) == 0 ? choices.Provinces[random.Next(choices.Provinces.Length)] : null,
            random.Next(3) == 0 ? random.Next(1, 7) : null,
            random.Next(6) == 0 ? choices.Variants[random.Next(choices.Variants.Length)] : null)
        {
            ApprovedOnly = random.Next(5) == 0,
        };
    }

    private async Task<int> CompareAsync(Random random, Choices choices, int filters, string role, int? partnerId = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var figures = FiguresAs(scope, role, partnerId);
        var delivery = scope.ServiceProvider.GetRequiredService<DeliveryFigureQueries>();
        var today = new DateOnly(2026, 11, 28);
        var counted = 0;
        for (var i = 0; i < filters; i++)
        {
            var filter = RandomFilter(random, choices);
            var (programme, held) = (await figures.InMemoryAsync(filter, today, CancellationToken.None))!.Value;
            var inMemory = JsonSerializer.Serialize(programme);
            var inDatabase = JsonSerializer.Serialize(await figures.ComputeInDatabaseAsync(filter, CancellationToken.None));
            Assert.True(inMemory == inDatabase, $"{role} {filter}:\nin memory:   {inMemory}\nin database: {inDatabase}");
            counted += programme.Total.Enterprises;

            // The dashboard's delivery figures, each against the query it replaces.
            var facts = await figures.FactsAsync(filter, CancellationToken.None);
            var completion = await DeliveryFigureQueries.CompletionAsync(facts.Enrolments, CancellationToken.None);
            var kpis = await figures.KpiOutcomesAsync(filter, enterpriseTotals: false, CancellationToken.None);
            Same($"{filter} completion", (completion.Total, completion.ByModule.OrderBy(m => m.Key)), (held!.Completion, held.CompletedByModule.OrderBy(m => m.Key)));
            Same($"{filter} quarters", await delivery.QuartersAsync(filter, facts, CancellationToken.None), held.Quarters);
            Same($"{filter} modules", await delivery.ModulesAsync(filter, facts, completion.ByModule, CancellationToken.None),
                await delivery.ModulesAsync(held.Modules, held.CompletedByModule, CancellationToken.None));
            Assert.Equal(await facts.Enrolments.Overdue(today).CountAsync(), held.Overdue);
            Same($"{filter} kpis", kpis.ByKpi.OrderBy(k => k.Code, StringComparer.Ordinal), held.Kpis.OrderBy(k => k.Code, StringComparer.Ordinal));
        }
        return counted;
    }

    private static void Same<T>(string what, T inDatabase, T inMemory)
    {
        var (expected, actual) = (JsonSerializer.Serialize(inDatabase, Fields), JsonSerializer.Serialize(inMemory, Fields));
        Assert.True(expected == actual, $"{what}:\nin memory:   {actual}\nin database: {expected}");
    }

    private static readonly JsonSerializerOptions Fields = new() { IncludeFields = true };

    [Fact]
    public async Task The_in_memory_figures_equal_the_databases_on_200_random_filters_and_after_changes()
    {
        App.Clock.Fixed = new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);
        await App.WithDbAsync(db => new DataGenerator(db).RunAsync(new GeneratorOptions(0.15, 5, new DateOnly(2026, 11, 28)), CancellationToken.None));
        var random = new Random(33);
        var choices = await App.WithDbAsync(async db => new Choices(
            [.. await db.Partners.Select(p => p.Id).ToListAsync(), 999_999],
            [.. await db.Trainings.Select(t => t.ProvinceCode).Distinct().ToListAsync(), "94"],
            [.. await db.Variants.Select(v => v.Id).ToListAsync(), 999_999]));
        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id % 3 == 0).ExecuteUpdateAsync(s => s.SetProperty(t => t.ReviewState, ReviewState.Approved)));

        var reached = await CompareAsync(random, choices, 160, Roles.Administrator);
        Assert.True(reached > 1000, $"The filters reached only {reached} enterprises in all: the comparison compared little.");
        await CompareAsync(random, choices, 20, Roles.PartnerStaff, choices.Partners[0]);

        // Changes of several kinds, read in by training: a training cancelled, another's start moved, an enterprise's
        // workforce and province, a person's sex, answers at a workshop, and a training deleted.
        await App.WithDbAsync(async db =>
        {
            var ids = await db.Trainings.OrderBy(t => t.Id).Select(t => t.Id).Take(4).ToListAsync();
            await db.Trainings.Where(t => t.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TrainingStatus.Cancelled));
            await db.Trainings.Where(t => t.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(t => t.PlannedStart, new DateOnly(2024, 2, 2)).SetProperty(t => t.PlannedEnd, new DateOnly(2024, 5, 2)));
            var enterprise = await db.Enrolments.Where(e => e.TrainingId == ids[2]).Select(e => e.EnterpriseId).FirstAsync();
            await db.Enterprises.Where(e => e.Id == enterprise).ExecuteUpdateAsync(s => s.SetProperty(e => e.WorkersWomen, 500).SetProperty(e => e.ProvinceCode, "94"));
            await db.People.Where(p => db.Participants.Any(x => x.PersonId == p.Id && x.Enrolment!.TrainingId == ids[2]))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Sex, Sex.Female));
            await db.Enrolments.Where(e => e.TrainingId == ids[3]).ExecuteUpdateAsync(s => s.SetProperty(e => e.ProductivityImproved, false).SetProperty(e => e.CostsSaved, true));
            var deleted = await db.Trainings.Where(t => t.Status == TrainingStatus.Planned).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
            await db.Trainings.Where(t => t.Id == deleted).ExecuteDeleteAsync();
        });
        await CompareAsync(random, choices, 20, Roles.Administrator);
    }

    private Task<int> LogOldRebuildsAsync(int count) =>
        App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO figure_changes (training_ids, changed_at) SELECT '{{}}', now() - interval '36 hours' FROM generate_series(1, {count})"));

    private Task<int> PruneAsync() =>
        App.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            return await FigureFacts.PruneChangesAsync((Npgsql.NpgsqlConnection)db.Database.GetDbConnection(), TimeSpan.FromDays(1), CancellationToken.None);
        });

    [Fact]
    public async Task Pruning_the_log_keeps_its_last_entry_and_an_instance_holding_a_pruned_one_reads_everything_again()
    {
        await App.CreateEnterpriseAsync(Bedo.Id, "UD Catatan Lama", people: 2);
        await using var scope = App.Services.CreateAsyncScope();
        var figures = FiguresAs(scope, Roles.Administrator);
        var snapshot = App.Services.GetRequiredService<FigureSnapshot>();
        await LogOldRebuildsAsync(3);
        await figures.ComputeAsync(new FigureFilter(), CancellationToken.None);
        Assert.Equal(3, snapshot.State.Version);

        Assert.Equal(2, await PruneAsync());
        await figures.ComputeAsync(new FigureFilter(), CancellationToken.None);
        Assert.Equal(3, snapshot.State.Version); // the last entry stays: nothing to read again

        // Two more rebuilds, then the entry the instance holds is pruned with the first of them: it reads everything, at the last one.
        await LogOldRebuildsAsync(2);
        Assert.Equal(2, await PruneAsync());
        var after = await figures.ComputeAsync(new FigureFilter(), CancellationToken.None);
        Assert.Equal(5, snapshot.State.Version);
        Assert.Equal(JsonSerializer.Serialize(await figures.ComputeInDatabaseAsync(new FigureFilter(), CancellationToken.None)), JsonSerializer.Serialize(after));
    }
}
