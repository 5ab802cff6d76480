using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Tools;

namespace Score.Tests.Tools;

public sealed class DataGeneratorTests(ScoreApp app) : AppTest(app)
{
    private static readonly GeneratorOptions Small = new(0.05, 7, new DateOnly(2026, 11, 28));

    /// <summary>What the generated programme says, row by row, without the ids of rows made through EF.</summary>
    private static async Task<string> FingerprintAsync(ScoreDbContext db) =>
        string.Join("|", await db.Database.SqlQueryRaw<string>(
            """
            SELECT concat_ws(';',
              (SELECT md5(string_agg(concat_ws(',', name, nib, province_code, regency_code, workers_women, workers_men, status), '/' ORDER BY id)) FROM enterprises),
              (SELECT md5(string_agg(concat_ws(',', enterprise_id, full_name, sex, position), '/' ORDER BY id)) FROM enterprise_people),
              (SELECT md5(string_agg(concat_ws(',', title, module_number, status, planned_start, funding, total_cost, fees_collected), '/' ORDER BY id)) FROM trainings),
              (SELECT md5(string_agg(concat_ws(',', training_id, enterprise_id, productivity_improved, costs_saved, costs_saved_rupiah), '/' ORDER BY id)) FROM enrolments),
              (SELECT md5(string_agg(concat_ws(',', enrolment_id, date, duration_minutes, mode), '/' ORDER BY id)) FROM consultations),
              (SELECT md5(string_agg(concat_ws(',', enrolment_id, kpi_code, value), '/' ORDER BY id)) FROM kpi_values)) AS "Value"
            """).ToListAsync());

    private static async Task<(GeneratorResult Result, string Fingerprint)> GenerateInFreshDatabaseAsync(GeneratorOptions options)
    {
        var name = await TestDatabase.CreateAsync();
        try
        {
            await using var db = new ScoreDbContext(TestDatabase.OptionsFor(TestDatabase.ConnectionStringFor(name)));
            var result = await new DataGenerator(db).RunAsync(options, CancellationToken.None);
            return (result, await FingerprintAsync(db));
        }
        finally
        {
            await TestDatabase.DropAsync(name);
        }
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_programme_and_another_seed_another()
    {
        var first = await GenerateInFreshDatabaseAsync(Small);
        var again = await GenerateInFreshDatabaseAsync(Small);
        var other = await GenerateInFreshDatabaseAsync(Small with { Seed = 8 });

        Assert.Equal(first.Fingerprint, again.Fingerprint);
        Assert.Equal(first.Result, again.Result);
        Assert.NotEqual(first.Fingerprint, other.Fingerprint);
    }

    [Fact]
    public async Task A_scale_gives_the_programmes_proportions_and_its_outcome_shares()
    {
        var result = await App.WithDbAsync(db => new DataGenerator(db).RunAsync(Small with { Scale = 0.2 }, CancellationToken.None));

        // The real programme: 2,300 enterprises employing 34,900 workers, about 18,400 people on record, 1,000 trainings and 7,000 consultations.
        Assert.InRange(result.Enterprises, 455, 465);
        Assert.InRange(result.People, 0.2 * 18_400 * 0.85, 0.2 * 18_400 * 1.15);
        Assert.InRange(result.Trainings, 198, 202);
        Assert.InRange(result.Consultations, 0.2 * 7_000 * 0.8, 0.2 * 7_000 * 1.2);
        var phase3 = ProgrammePhases.Find(3)!;
        var (partners, statuses, answered, productivity, costs, funded, trainings) = await App.WithDbAsync(async db => (
            await db.Partners.CountAsync(),
            await db.Trainings.Select(t => t.Status).Distinct().ToListAsync(),
            await db.Enrolments.CountAsync(e => e.ProductivityImproved != null),
            await db.Enrolments.CountAsync(e => e.ProductivityImproved == true),
            await db.Enrolments.CountAsync(e => e.CostsSaved == true),
            await db.Trainings.CountAsync(t => t.Funding != FundingSource.IloOrDonor && t.Status != TrainingStatus.Cancelled && t.PlannedStart >= phase3.From && t.PlannedStart <= phase3.To),
            await db.Trainings.CountAsync(t => t.Status != TrainingStatus.Cancelled && t.PlannedStart >= phase3.From && t.PlannedStart <= phase3.To)));
        Assert.Equal(8, partners);
        Assert.Superset(new HashSet<TrainingStatus> { TrainingStatus.Planned, TrainingStatus.Consultations, TrainingStatus.Completed, TrainingStatus.Cancelled }, statuses.ToHashSet());
        // Dealt out evenly, not drawn: the shares hold to the nearest enrolment or training, in each era.
        Assert.InRange(100.0 * productivity / answered, 73, 75);
        Assert.InRange(100.0 * costs / answered, 62, 64);
        Assert.InRange(100.0 * funded / trainings, 92, 94);
        Assert.Equal(6_980, await App.WithDbAsync(db => db.Enterprises.SumAsync(e => e.WorkersWomen + e.WorkersMen)));
    }

    [Fact]
    public async Task Generated_records_get_ids_after_the_existing_ones_and_the_app_keeps_numbering_after_them()
    {
        var partner = await App.CreatePartnerAsync("BEDO", isLead: true);
        var before = await App.CreateEnterpriseAsync(partner.Id, "PT Sudah Ada", people: 2);

        await App.WithDbAsync(db => new DataGenerator(db).RunAsync(Small, CancellationToken.None));
        var after = await App.CreateEnterpriseAsync(partner.Id, "PT Sesudahnya", people: 1);

        var maxGenerated = await App.WithDbAsync(db => db.Enterprises.Where(e => e.CreatedBy == DataGenerator.Author).MaxAsync(e => e.Id));
        Assert.True(maxGenerated > before.Id);
        Assert.True(after.Id > maxGenerated);
        Assert.Equal(1, await App.WithDbAsync(db => db.Partners.CountAsync(p => p.ShortName == "BEDO")));
    }
}
