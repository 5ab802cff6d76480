using System.Net;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Web.Domain;

namespace Score.Tests.Trainings;

public sealed class TrainingDeliveryTests(ScoreApp app) : TrainingTest(app)
{
    private static Dictionary<string, string> TrainingFields(int trainerId, params (string Key, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "SCORE Modul 1 Semarang", ["ModuleNumber"] = "1", ["LeadTrainerId"] = Id(trainerId), ["ProvinceCode"] = "33",
            ["City"] = "Semarang", ["PlannedStart"] = "2026-09-01", ["PlannedEnd"] = "2026-12-01", ["Funding"] = "EnterpriseFees",
            ["TotalCost"] = "15000000", ["FeesCollected"] = "12000000", ["SponsorContribution"] = "0", ["Version"] = "0",
        };
        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }
        return fields;
    }

    [Fact]
    public async Task Staff_plan_a_training_with_their_certified_trainer()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");

        var response = await bedo.PostFormAsync("/trainings/create", "/trainings/create", TrainingFields(BedoTrainer.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var training = await App.WithDbAsync(db => db.Trainings.SingleAsync());
        Assert.Equal((Bedo.Id, TrainingStatus.Planned, 15_000_000m, "staff.bedo@score.test"), (training.PartnerId, training.Status, training.TotalCost, training.CreatedBy));
    }

    [Fact]
    public async Task A_trainer_not_certified_for_the_module_is_a_warning_to_confirm()
    {
        using var bedo = await AsAsync("staff.bedo@score.test");

        var warned = await bedo.PostFormAsync("/trainings/create", "/trainings/create", TrainingFields(BedoTrainer.Id, ("ModuleNumber", "5")));
        Assert.Contains("belum bersertifikat untuk modul 5", await warned.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Trainings.AnyAsync()));

        var confirmed = await bedo.PostFormAsync("/trainings/create", "/trainings/create", TrainingFields(BedoTrainer.Id, ("ModuleNumber", "5"), ("ConfirmWarnings", "true")));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    [Fact]
    public async Task A_trainer_of_another_partner_bad_dates_and_an_unnamed_sponsor_are_refused_at_their_fields()
    {
        var smiTrainer = await TrainerProfileAsync("trainer.smi@score.test", Smi.Id, 1);
        using var bedo = await AsAsync("staff.bedo@score.test");

        var response = await bedo.PostFormAsync("/trainings/create", "/trainings/create", TrainingFields(smiTrainer.Id,
            ("PlannedEnd", "2026-08-01"), ("Funding", "GovernmentSponsor"), ("TotalCost", "-5")));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Total biaya harus antara", html, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Trainings.AnyAsync()));

        var second = await bedo.PostFormAsync("/trainings/create", "/trainings/create", TrainingFields(smiTrainer.Id,
            ("PlannedEnd", "2026-08-01"), ("Funding", "GovernmentSponsor")));
        var secondHtml = await second.Content.ReadAsStringAsync();
        Assert.Contains("Pilih pelatih dari mitra pelatihan ini.", secondHtml, StringComparison.Ordinal);
        Assert.Contains("Tanggal selesai tidak boleh sebelum tanggal mulai.", secondHtml, StringComparison.Ordinal);
        Assert.Contains("Sebutkan sponsor pelatihan yang disponsori.", secondHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"SCORE Modul 1 Semarang\"", secondHtml, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Trainings.AnyAsync()));
    }

    [Fact]
    public async Task Another_partners_enterprise_cannot_be_enrolled()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 0);
        var smiEnterprise = await App.CreateEnterpriseAsync(Smi.Id, "PT Milik Smi");
        using var bedo = await AsAsync("staff.bedo@score.test");
        var page = await bedo.GetPageAsync($"/trainings/{Id(training.Id)}");

        Assert.DoesNotContain("PT Milik Smi", page, StringComparison.Ordinal);
        var response = await bedo.PostWithTokenAsync($"/trainings/{Id(training.Id)}/enrolments", Form(("Choices[0].EnterpriseId", Id(smiEnterprise.Id)), ("Choices[0].Enrol", "true")), TestBrowser.TokenIn(page));

        Assert.False(await App.WithDbAsync(db => db.Enrolments.AnyAsync()));
        Assert.Contains("Hanya perusahaan milik mitra pelatihan ini", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("99999999999999999999999")]
    public async Task A_fee_outside_what_a_fee_can_be_is_refused_at_its_field(string fee)
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 0);
        var enterprise = await App.CreateEnterpriseAsync(Bedo.Id, "CV Biaya");
        using var bedo = await AsAsync("staff.bedo@score.test");
        var page = await bedo.GetPageAsync($"/trainings/{Id(training.Id)}");

        var response = await bedo.PostWithTokenAsync($"/trainings/{Id(training.Id)}/enrolments", Form(("Choices[0].EnterpriseId", Id(enterprise.Id)), ("Choices[0].Enrol", "true"), ("Choices[0].FeePaid", fee)), TestBrowser.TokenIn(page));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("class=\"form-control is-invalid\" id=\"fee-0\"", await response.Content.ReadAsStringAsync());
        Assert.False(await App.WithDbAsync(db => db.Enrolments.AnyAsync()));
    }

    [Fact]
    public async Task A_seventh_enterprise_is_a_warning_to_confirm()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 6);
        var seventh = await App.CreateEnterpriseAsync(Bedo.Id, "PT Ketujuh");
        using var bedo = await AsAsync("staff.bedo@score.test");
        var token = TestBrowser.TokenIn(await bedo.GetPageAsync($"/trainings/{Id(training.Id)}"));

        var warned = await bedo.PostWithTokenAsync($"/trainings/{Id(training.Id)}/enrolments", Form(("Choices[0].EnterpriseId", Id(seventh.Id)), ("Choices[0].Enrol", "true")), token);
        Assert.Equal(6, await App.WithDbAsync(db => db.Enrolments.CountAsync()));
        Assert.Contains("Ini akan menjadi 7 perusahaan dalam satu kelas", await warned.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await bedo.PostWithTokenAsync($"/trainings/{Id(training.Id)}/enrolments",
            Form(("Choices[0].EnterpriseId", Id(seventh.Id)), ("Choices[0].Enrol", "true"), ("ConfirmWarnings", "true"), ("Choices[0].FeePaid", "2500000")), token);
        Assert.Equal(7, await App.WithDbAsync(db => db.Enrolments.CountAsync()));
        Assert.Equal(2_500_000m, await App.WithDbAsync(db => db.Enrolments.Where(e => e.EnterpriseId == seventh.Id).Select(e => e.FeePaid).SingleAsync()));
    }

    [Fact]
    public async Task Participants_come_only_from_the_enrolled_enterprise_and_a_class_without_workers_is_flagged()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1);
        var enrolment = await App.WithDbAsync(db => db.Enrolments.SingleAsync());
        var managers = await App.WithDbAsync(db => db.People.Where(p => p.EnterpriseId == enrolment.EnterpriseId && p.Position == PersonPosition.Manager).Select(p => p.Id).ToListAsync());
        var stranger = await App.CreateEnterpriseAsync(Bedo.Id, "PT Orang Lain", people: 1);
        var strangerPerson = await App.WithDbAsync(db => db.People.Where(p => p.EnterpriseId == stranger.Id).Select(p => p.Id).SingleAsync());
        using var bedo = await AsAsync("staff.bedo@score.test");
        var url = $"/trainings/{Id(training.Id)}/enrolments/{Id(enrolment.Id)}/participants";

        var form = await bedo.GetPageAsync(url);
        var posted = managers.Append(strangerPerson).Select(id => ("personIds", Id(id))).ToList();
        using var content = new FormUrlEncodedContent([.. posted.Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2)),
            new("__RequestVerificationToken", TestBrowser.TokenIn(form))]);
        await bedo.Client.PostAsync(new Uri(url, UriKind.Relative), content);

        var chosen = await App.WithDbAsync(db => db.Participants.Select(p => p.PersonId).OrderBy(p => p).ToListAsync());
        Assert.Equal(managers.Order(), chosen);
        Assert.Contains("data-testid=\"warning-no-worker\"", await bedo.GetPageAsync($"/trainings/{Id(training.Id)}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attendance_is_recorded_per_day_and_summed_per_participant_with_completion()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 1, days: 2);
        var participants = await App.WithDbAsync(db => db.Participants.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
        var days = await App.WithDbAsync(db => db.ClassroomDays.OrderBy(d => d.Date).Select(d => d.Id).ToListAsync());
        using var bedo = await AsAsync("staff.bedo@score.test");

        async Task MarkAsync(int day, params int[] present)
        {
            var url = $"/trainings/{Id(training.Id)}/days/{Id(day)}/attendance";
            var page = await bedo.GetPageAsync(url);
            using var content = new FormUrlEncodedContent([.. present.Select(p => new KeyValuePair<string, string>("present", Id(p))),
                new("__RequestVerificationToken", TestBrowser.TokenIn(page))]);
            Assert.Equal(HttpStatusCode.Redirect, (await bedo.Client.PostAsync(new Uri(url, UriKind.Relative), content)).StatusCode);
        }

        await MarkAsync(days[0], participants[0], participants[1]);
        await MarkAsync(days[1], participants[0]);

        var rows = await App.WithDbAsync(db => db.Attendance.OrderBy(a => a.ClassroomDayId).ThenBy(a => a.ParticipantId).Select(a => a.Present).ToListAsync());
        Assert.Equal([true, true, true, false], rows);
        var page = await bedo.GetPageAsync($"/trainings/{Id(training.Id)}");
        Assert.Contains("data-testid=\"completed-count\">1<", page, StringComparison.Ordinal);
        Assert.Contains("2 dari 2 hadir", page, StringComparison.Ordinal);
        Assert.Contains("1 dari 2 hadir", page, StringComparison.Ordinal);
        Assert.Contains("kehadiran 75 %", page, StringComparison.Ordinal);
        Assert.Contains("staff.bedo@score.test", await App.WithDbAsync(db => db.ClassroomDays.Where(d => d.Id == days[1]).Select(d => d.UpdatedBy).SingleAsync()), StringComparison.Ordinal);

        // Each mark is in the trail: a correction is kept with its value before and after.
        await MarkAsync(days[1], participants[0], participants[1]);
        var trail = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Attendance").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(5, trail.Count);
        var corrected = trail.Single(a => a.Action == Score.Web.Domain.AuditAction.Changed);
        Assert.Equal(($"{Id(participants[1])}/{Id(days[1])}", "staff.bedo@score.test", "False -> True"),
            (corrected.EntityId, corrected.By, string.Join(" -> ", corrected.Changes["Present"])));
    }

    [Fact]
    public async Task A_fourth_classroom_day_or_a_second_on_the_same_date_is_refused()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, days: 2);
        using var bedo = await AsAsync("staff.bedo@score.test");
        var url = $"/trainings/{Id(training.Id)}";
        var token = TestBrowser.TokenIn(await bedo.GetPageAsync(url));

        var same = await bedo.PostWithTokenAsync(url + "/days", Form(("Date", "2026-09-01"), ("Topic", "Topik yang saya ketik")), token);
        var sameHtml = await same.Content.ReadAsStringAsync();
        Assert.Contains("sudah memiliki hari kelas pada tanggal itu", sameHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Topik yang saya ketik\"", sameHtml, StringComparison.Ordinal);
        await bedo.PostWithTokenAsync(url + "/days", Form(("Date", "2026-09-03")), token);
        var fourth = await bedo.PostWithTokenAsync(url + "/days", Form(("Date", "2026-09-04")), token);

        Assert.Equal(3, await App.WithDbAsync(db => db.ClassroomDays.CountAsync()));
        Assert.Equal(System.Net.HttpStatusCode.OK, fourth.StatusCode);
    }

    [Fact]
    public async Task The_status_moves_only_along_the_cycle_and_needs_attendance_to_leave_the_classroom()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, days: 1);
        using var bedo = await AsAsync("staff.bedo@score.test");
        var url = $"/trainings/{Id(training.Id)}";
        var token = TestBrowser.TokenIn(await bedo.GetPageAsync(url));
        async Task<TrainingStatus> MoveAsync(TrainingStatus to)
        {
            await bedo.PostWithTokenAsync(url + "/status", Form(("to", to.ToString())), token);
            return await App.WithDbAsync(db => db.Trainings.Select(t => t.Status).SingleAsync());
        }

        Assert.Equal(TrainingStatus.Planned, await MoveAsync(TrainingStatus.Completed));
        Assert.Equal(TrainingStatus.Planned, await MoveAsync(TrainingStatus.ClassroomDone));
        Assert.Contains("Catat kehadiran minimal satu hari kelas", await bedo.GetPageAsync(url), StringComparison.Ordinal);

        await App.WithDbAsync(db => db.ClassroomDays.ExecuteUpdateAsync(s => s.SetProperty(d => d.AttendanceTakenAt, DateTimeOffset.UtcNow)));
        Assert.Equal(TrainingStatus.ClassroomDone, await MoveAsync(TrainingStatus.ClassroomDone));
        Assert.Equal(TrainingStatus.Consultations, await MoveAsync(TrainingStatus.Consultations));
        Assert.Equal(TrainingStatus.Completed, await MoveAsync(TrainingStatus.Completed));
        Assert.Equal(TrainingStatus.Completed, await MoveAsync(TrainingStatus.Cancelled));
    }

    [Fact]
    public async Task A_cancelled_training_takes_no_new_enterprise_or_classroom_day()
    {
        var training = await TrainingAsync(Bedo.Id, BedoTrainer.Id, enterprises: 0);
        var enterprise = await App.CreateEnterpriseAsync(Bedo.Id, "PT Terlambat Daftar");
        await App.WithDbAsync(db => db.Trainings.ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TrainingStatus.Cancelled)));
        using var bedo = await AsAsync("staff.bedo@score.test");
        var url = $"/trainings/{Id(training.Id)}";
        var token = TestBrowser.TokenIn(await bedo.GetPageAsync(url));

        var enrol = await bedo.PostWithTokenAsync(url + "/enrolments", Form(("Choices[0].EnterpriseId", Id(enterprise.Id)), ("Choices[0].Enrol", "true")), token);
        var day = await bedo.PostWithTokenAsync(url + "/days", Form(("Date", "2026-09-01")), token);

        Assert.False(await App.WithDbAsync(db => db.Enrolments.AnyAsync()));
        Assert.False(await App.WithDbAsync(db => db.ClassroomDays.AnyAsync()));
        Assert.Contains("tidak menerima perusahaan atau hari kelas baru", await enrol.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("tidak menerima perusahaan atau hari kelas baru", await day.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
