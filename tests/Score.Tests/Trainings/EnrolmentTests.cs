using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Trainings;

/// <summary>Enrolling several enterprises with their participants and fees in one submit, and registering one from the training.</summary>
public sealed class EnrolmentTests(ScoreApp app) : TrainingTest(app)
{
    [Fact]
    public async Task The_enrol_page_searches_the_partners_names_in_any_case_and_takes_a_percent_literally()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 0);
        await App.CreateEnterpriseAsync(Bedo.Id, "UD Sinar Jaya");
        await App.CreateEnterpriseAsync(Bedo.Id, "CV Makmur");
        await App.CreateEnterpriseAsync(Smi.Id, "UD Sinar SMI");
        using var bedo = await AsAsync("staff.bedo@score.test");
        var url = $"/trainings/{Id(training.Id)}/enrol?search=";

        var capitals = await bedo.GetPageAsync(url + "SINAR");
        var percent = await bedo.GetPageAsync(url + "Sinar%25Jaya");

        Assert.Contains("UD Sinar Jaya", capitals, StringComparison.Ordinal);
        Assert.DoesNotContain("CV Makmur", capitals, StringComparison.Ordinal);
        Assert.DoesNotContain("UD Sinar SMI", capitals, StringComparison.Ordinal);
        Assert.DoesNotContain("UD Sinar Jaya", percent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_enterprises_are_enrolled_with_their_ticked_people_and_fees_in_one_submit()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 0);
        var first = await App.CreateEnterpriseAsync(Bedo.Id, "UD Pertama", people: 3);
        var second = await App.CreateEnterpriseAsync(Bedo.Id, "UD Kedua", people: 2);
        var untouched = await App.CreateEnterpriseAsync(Bedo.Id, "UD Tidak Ikut", people: 1);
        var people = await App.WithDbAsync(db => db.People.OrderBy(p => p.Id).Select(p => new { p.Id, p.EnterpriseId }).ToListAsync());
        int[] Of(Enterprise e) => [.. people.Where(p => p.EnterpriseId == e.Id).Select(p => p.Id)];
        using var bedo = await AsAsync("staff.bedo@score.test");
        var url = $"/trainings/{Id(training.Id)}";

        var page = await bedo.GetPageAsync(url + "/enrol");
        foreach (var id in people.Select(p => p.Id))
        {
            Assert.Matches($"value=\"{id}\"\\s+checked=\"checked\"", page);
        }
        var firstPeople = Of(first);
        (string, string)[] fields =
        [
            ("Choices[0].EnterpriseId", Id(first.Id)), ("Choices[0].Enrol", "true"), ("Choices[0].FeePaid", "1500000"),
            ("Choices[0].PersonIds[0]", Id(firstPeople[0])), ("Choices[0].PersonIds[1]", Id(firstPeople[2])),
            ("Choices[0].PersonIds[2]", Id(Of(untouched)[0])),
            ("Choices[1].EnterpriseId", Id(second.Id)), ("Choices[1].Enrol", "true"),
            .. Of(second).Select((id, i) => ($"Choices[1].PersonIds[{i}]", Id(id))),
            ("Choices[2].EnterpriseId", Id(untouched.Id)), ("Choices[2].FeePaid", "999"),
        ];
        var response = await bedo.PostWithTokenAsync(url + "/enrolments", Form(fields), TestBrowser.TokenIn(page));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var enrolled = await App.WithDbAsync(db => db.Enrolments.Where(e => e.TrainingId == training.Id)
            .Select(e => new { e.EnterpriseId, e.FeePaid, People = e.Participants.Select(p => p.PersonId).OrderBy(id => id).ToList() }).ToListAsync());
        Assert.Equal(2, enrolled.Count);
        var a = enrolled.Single(e => e.EnterpriseId == first.Id);
        Assert.Equal((1_500_000m, $"{firstPeople[0]},{firstPeople[2]}"), (a.FeePaid!.Value, string.Join(",", a.People)));
        var b = enrolled.Single(e => e.EnterpriseId == second.Id);
        Assert.Equal(((decimal?)null, string.Join(",", Of(second))), (b.FeePaid, string.Join(",", b.People)));
        Assert.Contains("UD Kedua", await bedo.GetPageAsync(url + "/enrol"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_bad_fee_enrols_none_of_the_ticked_enterprises()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 0);
        var first = await App.CreateEnterpriseAsync(Bedo.Id, "UD Baik");
        var second = await App.CreateEnterpriseAsync(Bedo.Id, "UD Salah");
        using var bedo = await AsAsync("staff.bedo@score.test");
        var url = $"/trainings/{Id(training.Id)}";
        var token = TestBrowser.TokenIn(await bedo.GetPageAsync(url + "/enrol"));

        var response = await bedo.PostWithTokenAsync(url + "/enrolments", Form(
            ("Choices[0].EnterpriseId", Id(first.Id)), ("Choices[0].Enrol", "true"), ("Choices[0].FeePaid", "2000000"),
            ("Choices[1].EnterpriseId", Id(second.Id)), ("Choices[1].Enrol", "true"), ("Choices[1].FeePaid", "-5")), token);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Enrolments.AnyAsync()));
        Assert.Contains("value=\"2000000\"", html, StringComparison.Ordinal);
        Assert.Matches("class=\"form-control is-invalid\" id=\"fee-[01]\" name=\"Choices\\[[01]\\].FeePaid\"[^>]*\\s+value=\"-5\"", html);
    }

    [Fact]
    public async Task An_enterprise_registered_from_the_training_comes_back_enrolled_with_its_people()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 0);
        using var bedo = await AsAsync("staff.bedo@score.test");
        var create = $"/enterprises/create?enrolIn={Id(training.Id)}";

        var form = await bedo.GetPageAsync(create);
        Assert.Contains("data-testid=\"enrol-in\"", form, StringComparison.Ordinal);
        var response = await bedo.PostFormAsync(create, "/enterprises/create", EnterpriseFields(
            ("Name", "UD Baru Ikut"), ("EnrolIn", Id(training.Id)), ("FeePaid", "750000"),
            ("OwnerName", "Pak Harto"), ("AddOwnerAsPerson", "true"), ("OwnerSex", "Male"),
            ("People[0].FullName", "Wati"), ("People[0].Sex", "Female"), ("People[0].Position", "Worker"),
            ("People[1].FullName", "Joko"), ("People[1].Sex", "Male"), ("People[1].Position", "Worker")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/trainings/{Id(training.Id)}/enrol", response.Headers.Location!.OriginalString);
        var enrolment = await App.WithDbAsync(db => db.Enrolments.Where(e => e.TrainingId == training.Id)
            .Select(e => new { e.Enterprise!.Name, e.FeePaid, People = e.Participants.Select(p => p.Person!.FullName).OrderBy(n => n).ToList() }).SingleAsync());
        Assert.Equal(("UD Baru Ikut", 750_000m, "Joko, Pak Harto, Wati"), (enrolment.Name, enrolment.FeePaid!.Value, string.Join(", ", enrolment.People)));
    }

    [Fact]
    public async Task An_enrolments_fee_starts_from_the_trainings_fee_per_enterprise_on_both_enrol_forms()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 0);
        await App.CreateEnterpriseAsync(Bedo.Id, "UD Calon Peserta", people: 2);
        await App.WithDbAsync(db => db.Trainings.Where(t => t.Id == training.Id).ExecuteUpdateAsync(x => x.SetProperty(t => t.FeePerEnterprise, 2_000_000m)));
        using var bedo = await AsAsync("staff.bedo@score.test");

        Assert.Matches("name=\"FeePerEnterprise\" value=\"2000000\"", await bedo.GetPageAsync($"/trainings/{Id(training.Id)}/edit"));
        Assert.Matches("name=\"FeePaid\" value=\"2000000\"", await bedo.GetPageAsync($"/enterprises/create?enrolIn={Id(training.Id)}"));
        Assert.Matches("name=\"Choices\\[0\\].FeePaid\"[^>]*\\s+value=\"2000000\"", await bedo.GetPageAsync($"/trainings/{Id(training.Id)}/enrol"));
        Assert.DoesNotMatch("name=\"FeePaid\" value=\"\\d", await bedo.GetPageAsync("/enterprises/create"));
    }

    [Fact]
    public async Task Another_partners_training_cannot_be_the_target_of_a_registration()
    {
        var smiTrainer = await TrainerProfileAsync("trainer.smi@score.test", Smi.Id, 1);
        var training = await TrainingAsync(Smi.Id, smiTrainer.Id, enterprises: 0);
        using var bedo = await AsAsync("staff.bedo@score.test");
        var create = $"/enterprises/create?enrolIn={Id(training.Id)}";
        var token = TestBrowser.TokenIn(await bedo.GetPageAsync("/enterprises/create"));

        Assert.Equal(HttpStatusCode.NotFound, (await bedo.GetAsync(create)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bedo.GetAsync($"/trainings/{Id(training.Id)}/enrol")).StatusCode);
        var posted = await bedo.PostWithTokenAsync("/enterprises/create", EnterpriseFields(("Name", "UD Menyusup"), ("EnrolIn", Id(training.Id))), token);

        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Enterprises.AnyAsync(e => e.Name == "UD Menyusup")));
    }
}
