using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;
using UglyToad.PdfPig;

namespace Score.Tests.Trainings;

public sealed class SignInSheetTests(ScoreApp app) : TrainingTest(app)
{
    private static string TextOf(byte[] pdf, out int pages)
    {
        using var document = PdfDocument.Open(pdf);
        pages = document.NumberOfPages;
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task The_sign_in_sheet_lists_every_participant_with_enterprise_position_and_sex_in_the_chosen_language()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 2, days: 2, title: "Modul Satu Semarang");
        await App.WithDbAsync(db => db.People.Where(p => db.Participants.Select(x => x.PersonId).Min() == p.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.FullName, "Ni Luh Ṣaraswatī Dewi")));
        var day = await App.WithDbAsync(db => db.ClassroomDays.OrderBy(d => d.Date).Select(d => d.Id).FirstAsync());
        using var bedo = await AsAsync("staff.bedo@score.test");

        var pdf = await bedo.DownloadAsync($"/trainings/{Id(training.Id)}/days/{Id(day)}/sign-in-sheet");
        var text = TextOf(pdf, out var pages);
        Directory.CreateDirectory(Path.Combine(Foundation.LanguageTests.RepositoryRoot(), "TestResults"));
        await File.WriteAllBytesAsync(Path.Combine(Foundation.LanguageTests.RepositoryRoot(), "TestResults", "sign-in-sheet.pdf"), pdf);

        Assert.Equal(1, pages);
        Assert.Contains("Daftar hadir", text, StringComparison.Ordinal);
        Assert.Contains("Modul Satu Semarang", text, StringComparison.Ordinal);
        Assert.Contains("Tanda tangan", text, StringComparison.Ordinal);
        Assert.Contains("Ṣaraswatī", text, StringComparison.Ordinal);
        Assert.Contains("Perusahaan 1", text, StringComparison.Ordinal);
        Assert.Contains("Manajer", text, StringComparison.Ordinal);
        Assert.Contains("Halaman 1 dari 1", text, StringComparison.Ordinal);
        Assert.Contains("staff.bedo@score.test", text, StringComparison.Ordinal);

        await bedo.GetAsync("/?culture=en&ui-culture=en");
        var english = TextOf(await bedo.DownloadAsync($"/trainings/{Id(training.Id)}/days/{Id(day)}/sign-in-sheet"), out _);
        Assert.Contains("Sign-in sheet", english, StringComparison.Ordinal);
        Assert.Contains("Signature", english, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_class_runs_onto_more_pages_with_page_numbers()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 0, days: 1);
        var enterprise = await App.CreateEnterpriseAsync(Bedo.Id, "PT Besar", people: 40);
        await App.WithDbAsync(async db =>
        {
            var people = await db.People.Where(p => p.EnterpriseId == enterprise.Id).Select(p => p.Id).ToListAsync();
            db.Enrolments.Add(new Enrolment { TrainingId = training.Id, EnterpriseId = enterprise.Id, Participants = people.Select(p => new Participant { PersonId = p }).ToList() });
            await db.SaveChangesAsync();
        });
        var day = await App.WithDbAsync(db => db.ClassroomDays.Select(d => d.Id).SingleAsync());
        using var bedo = await AsAsync("staff.bedo@score.test");

        var text = TextOf(await bedo.DownloadAsync($"/trainings/{Id(training.Id)}/days/{Id(day)}/sign-in-sheet"), out var pages);

        Assert.True(pages >= 2, $"{pages} pages");
        Assert.Contains($"Halaman 2 dari {pages}", text, StringComparison.Ordinal);
        Assert.Contains("Person 39 of PT Besar", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_partners_sign_in_sheet_answers_404()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 1);
        var day = await App.WithDbAsync(db => db.ClassroomDays.Select(d => d.Id).SingleAsync());
        using var smi = await AsAsync("staff.smi@score.test");

        Assert.Equal(HttpStatusCode.NotFound, (await smi.GetAsync($"/trainings/{Id(training.Id)}/days/{Id(day)}/sign-in-sheet")).StatusCode);
    }
}
