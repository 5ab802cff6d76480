using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Documents;
using Score.Web.Localization;

namespace Score.Web.Features.Trainings;

/// <summary>The printable sign-in sheet of a classroom day: every participant, with a column to sign.</summary>
public sealed class SignInSheets(ScoreDbContext db, PartnerScope scope, CurrentUser me, TimeProvider clock, IDocumentRenderer renderer, IStringLocalizer<SharedResource> text)
{
    public async Task<(byte[] Pdf, string FileName)?> RenderAsync(int trainingId, int dayId, CancellationToken ct)
    {
        var indonesian = Cultures.IsIndonesian;
        var training = await scope.Trainings().Where(t => t.Id == trainingId)
            .Select(t => new { t.Title, Partner = t.Partner!.Name, t.ModuleNumber, ModuleEn = t.Module!.NameEn, ModuleId = t.Module.NameId, t.Venue, t.City })
            .SingleOrDefaultAsync(ct);
        var day = training is null ? null : await db.ClassroomDays.Where(d => d.Id == dayId && d.TrainingId == trainingId)
            .Select(d => new { d.Date, d.Venue, d.Topic, Number = db.ClassroomDays.Count(o => o.TrainingId == trainingId && o.Date <= d.Date) })
            .SingleOrDefaultAsync(ct);
        if (training is null || day is null)
        {
            return null;
        }
        var participants = await db.Participants.Where(p => p.Enrolment!.TrainingId == trainingId)
            .OrderBy(p => p.Enrolment!.Enterprise!.Name).ThenBy(p => p.Person!.Position).ThenBy(p => p.Person!.FullName)
            .Select(p => new { p.Person!.FullName, Enterprise = p.Enrolment!.Enterprise!.Name, p.Person.Position, p.Person.Sex })
            .ToListAsync(ct);
        var rows = participants.Select((p, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(System.Globalization.CultureInfo.CurrentCulture), p.FullName, p.Enterprise,
            text["PersonPosition." + p.Position], p.Sex == Domain.Sex.Female ? text["Sheet.SexFemaleShort"] : text["Sheet.SexMaleShort"], "",
        ]).ToList();
        var document = new DocumentSpec(
            text["Sheet.Title"],
            training.Title,
            [
                (text["Training.Module"], $"{training.ModuleNumber}. {(indonesian ? training.ModuleId : training.ModuleEn)}"),
                (text["Field.Partner"], training.Partner),
                (text["Sheet.Day"], text["Sheet.DayOf", day.Number, Display.Date(day.Date)]),
                (text["Training.Venue"], string.Join(", ", new[] { day.Venue ?? training.Venue, training.City }.Where(v => !string.IsNullOrEmpty(v)))),
                (text["Training.Topic"], day.Topic ?? "–"),
            ],
            [
                new TableBlock(
                [
                    new(text["Sheet.No"], 4, AlignRight: true), new(text["Person.FullName"], 24), new(text["Sheet.Enterprise"], 24),
                    new(text["Person.Position"], 13), new(text["Sheet.Sex"], 6), new(text["Sheet.Signature"], 22),
                ], rows, MinRowHeight: 26),
                new ParagraphBlock(text["Sheet.Note"]),
            ],
            text["Sheet.Footer", "{0}", "{1}", Display.DateTime(clock.GetUtcNow()), me.AuditName]);
        var fileName = $"{text["Sheet.FilePrefix"]}-{trainingId}-{day.Date:yyyy-MM-dd}.pdf";
        return (renderer.Render(document), fileName);
    }
}
