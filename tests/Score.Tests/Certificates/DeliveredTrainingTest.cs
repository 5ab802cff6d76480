using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Tests.Trainings;
using Score.Web.Domain;
using UglyToad.PdfPig;

namespace Score.Tests.Certificates;

/// <summary>
/// A delivered training: enterprise A (manager and worker present both days, three visits,
/// presented at the workshop) completed; enterprise B's manager completed but its worker missed a day.
/// </summary>
public abstract class DeliveredTrainingTest(ScoreApp app) : TrainingTest(app)
{
    protected sealed record Delivered(int TrainingId, int EnrolmentA, int EnrolmentB, string ManagerA, string WorkerA, string ManagerB, string WorkerB);

    protected async Task<Delivered> DeliveredAsync(int partnerId, int trainerId, string title = "Modul Satu Semarang")
    {
        var training = await TrainingAsync(partnerId, trainerId, enterprises: 2, days: 2, title: title);
        return await App.WithDbAsync(async db =>
        {
            var enrolments = await db.Enrolments.Where(e => e.TrainingId == training.Id).Include(e => e.Participants).ThenInclude(p => p.Person)
                .OrderBy(e => e.Enterprise!.Name).ToListAsync();
            var (a, b) = (enrolments[0], enrolments[1]);
            string[][] names = [["Siti Aminah", "Budi Santoso"], ["Dewi Lestari", "Agus Salim"]];
            for (var i = 0; i < enrolments.Count; i++)
            {
                // TrainingAsync enrols the first two people, both managers: make the second a worker. Short names keep table cells on one line.
                var people = enrolments[i].Participants.OrderBy(p => p.PersonId).Select(p => p.Person!).ToList();
                (people[0].FullName, people[1].FullName, people[1].Position) = (names[i][0], names[i][1], PersonPosition.Worker);
                await db.Enterprises.Where(e => e.Id == enrolments[i].EnterpriseId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Name, "UD Maju " + (char)('A' + i)));
            }
            var days = await db.ClassroomDays.Where(d => d.TrainingId == training.Id).OrderBy(d => d.Date).ToListAsync();
            foreach (var day in days)
            {
                day.AttendanceTakenAt = DateTimeOffset.UtcNow;
                foreach (var participant in a.Participants.Concat(b.Participants))
                {
                    var missedDay = participant.Person!.Position == PersonPosition.Worker && participant.EnrolmentId == b.Id && day == days[1];
                    db.Attendance.Add(new Attendance { ClassroomDayId = day.Id, ParticipantId = participant.Id, Present = !missedDay });
                }
            }
            for (var i = 0; i < 3; i++)
            {
                db.Consultations.Add(new Consultation { EnrolmentId = a.Id, TrainerId = trainerId, Date = new DateOnly(2026, 10, 1 + i), DurationMinutes = 90 });
            }
            a.PresentedAtWorkshop = true;
            a.ProductivityImproved = true;
            a.ProductivityChangePercent = 12;
            var entity = await db.Trainings.SingleAsync(t => t.Id == training.Id);
            entity.Status = TrainingStatus.Consultations;
            entity.WorkshopDate = new DateOnly(2026, 11, 20);
            entity.City = "Semarang";
            await db.SaveChangesAsync();
            string Name(Enrolment e, PersonPosition position) => e.Participants.Single(p => p.Person!.Position == position).Person!.FullName;
            return new Delivered(training.Id, a.Id, b.Id, Name(a, PersonPosition.Manager), Name(a, PersonPosition.Worker), Name(b, PersonPosition.Manager), Name(b, PersonPosition.Worker));
        });
    }

    /// <summary>The text of a PDF in reading order: lines top to bottom, words left to right, pages joined.</summary>
    protected static string TextOf(byte[] pdf, out int pages)
    {
        var texts = PageTexts(pdf);
        pages = texts.Count;
        return string.Join("\n", texts);
    }

    protected static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => string.Join(" ", Lines(page.GetWords())))];
    }

    /// <summary>Words whose baselines lie within a point and a half of each other form one line.</summary>
    private static IEnumerable<string> Lines(IEnumerable<UglyToad.PdfPig.Content.Word> words)
    {
        var line = new List<UglyToad.PdfPig.Content.Word>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom))
        {
            if (line.Count > 0 && Math.Abs(line[0].BoundingBox.Bottom - word.BoundingBox.Bottom) > 1.5)
            {
                yield return string.Join(" ", line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
                line.Clear();
            }
            line.Add(word);
        }
        if (line.Count > 0)
        {
            yield return string.Join(" ", line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
        }
    }

    protected static async Task SaveForLookingAsync(string name, byte[] content)
    {
        var folder = Path.Combine(Foundation.LanguageTests.RepositoryRoot(), "TestResults", "documents");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name), content);
    }
}
