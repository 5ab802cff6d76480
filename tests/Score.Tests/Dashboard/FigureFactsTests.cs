using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Tests.Registry;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Figures;
using Score.Web.Tools;

namespace Score.Tests.Dashboard;

/// <summary>
/// The figures are counted from facts kept per enrolment and participant. Whatever changes, in whichever table
/// behind them and however it is written (a form's save, a bulk update, a cascade), the facts kept up to date
/// as the changes come must equal facts built afresh from the record.
/// </summary>
public sealed class FigureFactsTests(ScoreApp app) : RegistryTest(app)
{
    [Fact]
    public async Task Facts_kept_up_to_date_through_every_kind_of_change_equal_facts_built_afresh()
    {
        var today = new DateOnly(2026, 11, 28);
        await App.WithDbAsync(db => new DataGenerator(db).RunAsync(new GeneratorOptions(0.05, 7, today), CancellationToken.None));
        await App.WithDbAsync(RefreshAsync);
        var before = await App.WithDbAsync(SnapshotAsync);

        await App.WithDbAsync(async db =>
        {
            var delivered = await db.Trainings.Where(t => t.Status == TrainingStatus.Completed).OrderBy(t => t.Id).Select(t => t.Id).Take(6).ToListAsync();
            Assert.Equal(6, delivered.Count);
            // Attendance changed in bulk, and a classroom day removed with its attendance.
            await db.Attendance.Where(a => db.ClassroomDays.Any(d => d.Id == a.ClassroomDayId && d.TrainingId == delivered[0])).ExecuteUpdateAsync(s => s.SetProperty(a => a.Present, false));
            await db.ClassroomDays.Where(d => d.TrainingId == delivered[1]).OrderBy(d => d.Date).Take(1).ExecuteDeleteAsync();
            await RefreshAsync(db);
            // A visit removed, a KPI value changed, a workshop answer changed, through tracked entities.
            var consultation = await db.Consultations.Where(c => c.Enrolment!.TrainingId == delivered[2]).OrderBy(c => c.Id).FirstAsync();
            db.Consultations.Remove(consultation);
            var kpi = await db.KpiValues.Where(v => db.Enrolments.Any(e => e.Id == v.EnrolmentId && e.TrainingId == delivered[3]) && v.ConsultationId != null).OrderBy(v => v.Id).FirstAsync();
            kpi.Value *= 2;
            var enrolment = await db.Enrolments.Where(e => e.TrainingId == delivered[3]).OrderBy(e => e.Id).FirstAsync();
            enrolment.ProductivityImproved = enrolment.ProductivityImproved != true;
            enrolment.PresentedAtWorkshop = !enrolment.PresentedAtWorkshop;
            await db.SaveChangesAsync();
            // A person's sex and position, an enterprise's province and workforce: counted where they took part.
            var person = await db.Participants.Where(p => p.Enrolment!.TrainingId == delivered[4]).OrderBy(p => p.Id).Select(p => p.PersonId).FirstAsync();
            await db.People.Where(p => p.Id == person).ExecuteUpdateAsync(s => s.SetProperty(p => p.Sex, p => p.Sex == Sex.Female ? Sex.Male : Sex.Female).SetProperty(p => p.Position, PersonPosition.Supervisor));
            var enterprise = await db.Enrolments.Where(e => e.TrainingId == delivered[4]).OrderBy(e => e.Id).Select(e => e.EnterpriseId).FirstAsync();
            await db.Enterprises.Where(e => e.Id == enterprise).ExecuteUpdateAsync(s => s.SetProperty(e => e.ProvinceCode, "51").SetProperty(e => e.WorkersWomen, 99));
            await RefreshAsync(db);
            // A participant and a whole enrolment removed; a training moved in time and back in status; a module's rule changed.
            await db.Participants.Where(p => p.Enrolment!.TrainingId == delivered[5]).OrderBy(p => p.Id).Take(1).ExecuteDeleteAsync();
            await db.Enrolments.Where(e => e.TrainingId == delivered[5]).OrderByDescending(e => e.Id).Take(1).ExecuteDeleteAsync();
            await db.Trainings.Where(t => t.Id == delivered[0]).ExecuteUpdateAsync(s => s.SetProperty(t => t.PlannedStart, t => t.PlannedStart.AddDays(-400)).SetProperty(t => t.PlannedEnd, t => t.PlannedEnd.AddDays(-400)).SetProperty(t => t.Status, TrainingStatus.Consultations));
            await db.Modules.Where(m => m.Number == 2).ExecuteUpdateAsync(s => s.SetProperty(m => m.ParticipantMinAttendancePercent, 50));
        });
        await App.WithDbAsync(RefreshAsync);
        var kept = await App.WithDbAsync(SnapshotAsync);
        Assert.NotEqual(before, kept);

        await App.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM enrolment_facts; DELETE FROM participant_facts; DELETE FROM kpi_facts; INSERT INTO figures_pending (training_id) SELECT id FROM trainings");
            await RefreshAsync(db);
        });
        var afresh = await App.WithDbAsync(SnapshotAsync);
        Assert.Equal(afresh, kept);
    }

    [Fact]
    public async Task A_change_not_yet_committed_is_left_queued_for_the_next_refresh()
    {
        await App.WithDbAsync(db => new DataGenerator(db).RunAsync(new GeneratorOptions(0.02, 3, new DateOnly(2026, 11, 28)), CancellationToken.None));
        await App.WithDbAsync(RefreshAsync);
        var training = await App.WithDbAsync(db => db.Trainings.Where(t => t.Status == TrainingStatus.Completed).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());

        await App.WithDbAsync(async writer =>
        {
            await using var transaction = await writer.Database.BeginTransactionAsync();
            await writer.Enrolments.Where(e => e.TrainingId == training).ExecuteUpdateAsync(s => s.SetProperty(e => e.ProductivityImproved, true));
            // Another connection refreshes while the change is still open: it neither sees nor takes it.
            Assert.Equal(0, await App.WithDbAsync(db => FigureFacts.RefreshAsync(db.Database.GetConnectionString()!, CancellationToken.None)));
            await transaction.CommitAsync();
        });
        Assert.Equal(1, await App.WithDbAsync(db => FigureFacts.RefreshAsync(db.Database.GetConnectionString()!, CancellationToken.None)));
        Assert.Equal(
            await App.WithDbAsync(db => db.Enrolments.CountAsync(e => e.TrainingId == training)),
            await App.WithDbAsync(db => db.EnrolmentFacts.CountAsync(f => f.TrainingId == training && f.ProductivityImproved == true)));
    }

    private static Task RefreshAsync(ScoreDbContext db) => FigureFacts.RefreshAsync(db.Database.GetConnectionString()!, CancellationToken.None);

    private static async Task<string> SnapshotAsync(ScoreDbContext db)
    {
        var enrolments = await db.EnrolmentFacts.OrderBy(f => f.EnrolmentId).ToListAsync();
        var participants = await db.ParticipantFacts.OrderBy(f => f.ParticipantId).ToListAsync();
        var kpis = await db.KpiFacts.OrderBy(f => f.EnrolmentId).ThenBy(f => f.KpiCode).ToListAsync();
        Assert.NotEmpty(enrolments);
        Assert.NotEmpty(participants);
        Assert.NotEmpty(kpis);
        return string.Join('\n', enrolments.Select(f => System.Text.Json.JsonSerializer.Serialize(f)))
            + string.Join('\n', participants.Select(f => System.Text.Json.JsonSerializer.Serialize(f)))
            + string.Join('\n', kpis.Select(f => System.Text.Json.JsonSerializer.Serialize(f)));
    }
}
