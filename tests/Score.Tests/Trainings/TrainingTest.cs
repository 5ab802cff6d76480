using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Score.Tests.Infrastructure;
using Score.Tests.Registry;
using Score.Web.Domain;

namespace Score.Tests.Trainings;

/// <summary>Two partners, BEDO's trainer certified for modules 1 and 2, and helpers to build a training.</summary>
public abstract class TrainingTest(ScoreApp app) : RegistryTest(app)
{
    protected TrainerProfile BedoTrainer { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        BedoTrainer = await TrainerProfileAsync("trainer.bedo@score.test", Bedo.Id, 1, 2);
    }

    protected async Task<TrainerProfile> TrainerProfileAsync(string email, int partnerId, params int[] modules)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? await App.CreateUserAsync(email, Roles.Trainer, partnerId);
        return await App.WithDbAsync(async db =>
        {
            var profile = new TrainerProfile
            {
                UserId = user.Id, PartnerId = partnerId, Sex = Sex.Female,
                Certifications = modules.Select(m => new TrainerCertification { ModuleNumber = m, Level = CertificationLevel.Trainer }).ToList(),
            };
            db.Trainers.Add(profile);
            await db.SaveChangesAsync();
            return profile;
        });
    }

    /// <summary>A training of BEDO's trainer with enterprises, each with a manager and a worker as participants.</summary>
    protected async Task<Training> TrainingAsync(int partnerId, int trainerId, int enterprises = 1, int days = 0, string title = "Pelatihan Uji")
    {
        var created = new List<Enterprise>();
        for (var i = 0; i < enterprises; i++)
        {
            created.Add(await App.CreateEnterpriseAsync(partnerId, $"{title} Perusahaan {i}", people: 4));
        }
        return await App.WithDbAsync(async db =>
        {
            var training = new Training
            {
                PartnerId = partnerId, ModuleNumber = 1, Title = title, LeadTrainerId = trainerId, ProvinceCode = "33",
                PlannedStart = new DateOnly(2026, 9, 1), PlannedEnd = new DateOnly(2026, 12, 1), Status = TrainingStatus.Planned,
            };
            foreach (var e in created)
            {
                var people = await db.People.Where(p => p.EnterpriseId == e.Id).OrderBy(p => p.Id).Take(2).ToListAsync();
                training.Enrolments.Add(new Enrolment
                {
                    EnterpriseId = e.Id,
                    Participants = people.Select(p => new Participant { PersonId = p.Id }).ToList(),
                });
            }
            for (var d = 0; d < days; d++)
            {
                training.Days.Add(new ClassroomDay { Date = new DateOnly(2026, 9, 1 + d) });
            }
            db.Trainings.Add(training);
            await db.SaveChangesAsync();
            return training;
        });
    }

    /// <summary>Every training's days have their attendance and the trainings are in "classroom done": consultations can be recorded.</summary>
    protected Task MarkClassroomDoneAsync() =>
        App.WithDbAsync(async db =>
        {
            await db.ClassroomDays.ExecuteUpdateAsync(s => s.SetProperty(d => d.AttendanceTakenAt, DateTimeOffset.UtcNow));
            await db.Trainings.ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TrainingStatus.ClassroomDone));
        });

    /// <summary>
    /// What the phone's outbox does: a fresh antiforgery token, then the form's fields with the entry's id, marked as an
    /// outbox send. The server's answer, or state "not-found" for a 404.
    /// </summary>
    protected static async Task<JsonElement> SendFromPhoneAsync(TestBrowser browser, string url, Guid entry, params (string Name, object Value)[] fields)
    {
        var token = JsonDocument.Parse(await browser.GetPageAsync("/outbox/token")).RootElement;
        var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Name, Convert.ToString(f.Value, CultureInfo.InvariantCulture)!))
            .Append(new("entry", entry.ToString()))
            .Append(new(token.GetProperty("field").GetString()!, token.GetProperty("token").GetString()!));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = new FormUrlEncodedContent(pairs) };
        request.Headers.Add("X-Score-Outbox", "1");
        using var response = await browser.Client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.NotFound
            ? JsonDocument.Parse("{\"state\":\"not-found\"}").RootElement
            : JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
