using System.Security.Cryptography;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Queries;

namespace Score.Web.Features.Calendar;

/// <summary>The state of the signed-in trainer's calendar feed; the address itself is shown once, when made.</summary>
public sealed record CalendarFeedStatus(bool Active, DateTimeOffset? CreatedAt, string? NewAddress);

/// <summary>The secret of a new feed address, known in clear only at this moment.</summary>
public sealed record CalendarSecret(string Value);

/// <summary>A feed as iCalendar text.</summary>
public sealed record CalendarFeed(string Ics);

/// <summary>
/// A trainer's personal calendar feed (.ics): their classroom days and due visits, at a secret
/// address the phone's calendar subscribes to. Only a hash of the secret is stored; a new address
/// replaces the old one, and revoking ends it.
/// </summary>
public sealed class CalendarFeeds(ScoreDbContext db, PartnerScope scope, VisitQueries visits, CurrentUser me, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    /// <summary>Classroom days this far back stay in the calendar, so the week just past still shows.</summary>
    private const int DaysKeptBehind = 30;

    private Task<TrainerProfile?> OwnProfileAsync(CancellationToken ct) =>
        me.Id is { } userId && scope.IsTrainer ? db.Trainers.SingleOrDefaultAsync(t => t.UserId == userId, ct) : Task.FromResult<TrainerProfile?>(null);

    public async Task<CalendarFeedStatus?> StatusAsync(CancellationToken ct) =>
        await OwnProfileAsync(ct) is { } profile ? new CalendarFeedStatus(profile.CalendarFeedHash is not null, profile.CalendarFeedCreatedAt, null) : null;

    /// <summary>Makes a new secret (ending any earlier address) and returns it: the only time it is known in clear.</summary>
    public async Task<CalendarSecret?> RenewAsync(CancellationToken ct)
    {
        var profile = await OwnProfileAsync(ct);
        if (profile is null)
        {
            return null;
        }
        var secret = Base64UrlSecret();
        profile.CalendarFeedHash = Hash(secret);
        profile.CalendarFeedCreatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return new CalendarSecret(secret);
    }

    public async Task<bool> RevokeAsync(CancellationToken ct)
    {
        var profile = await OwnProfileAsync(ct);
        if (profile is null)
        {
            return false;
        }
        profile.CalendarFeedHash = null;
        profile.CalendarFeedCreatedAt = null;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The feed for a secret, as iCalendar text; null when no trainer has it (revoked, replaced or made up).</summary>
    public async Task<CalendarFeed?> FeedAsync(string secret, string baseUrl, CancellationToken ct)
    {
        if (secret.Length is < 20 or > 100)
        {
            return null;
        }
        var hash = Hash(secret);
        // A deactivated account's feed stops with it.
        var trainer = await db.Trainers.Where(t => t.CalendarFeedHash == hash && t.User!.IsActive).Select(t => new { t.UserId, t.User!.FullName }).SingleOrDefaultAsync(ct);
        if (trainer is null)
        {
            return null;
        }
        var trainings = scope.AssignedTo(trainer.UserId);
        var today = clock.Today();
        var since = today.AddDays(-DaysKeptBehind);
        var days = await (
                from d in db.ClassroomDays
                join t in trainings on d.TrainingId equals t.Id
                where t.Status != TrainingStatus.Cancelled && d.Date >= since
                orderby d.Date
                select new { d.Id, d.Date, d.TrainingId, Training = t.Title, Venue = d.Venue ?? t.Venue, d.Topic })
            .ToListAsync(ct);
        var due = await visits.VisitsAheadAsync(trainings, null, ct);

        var calendar = new Ical.Net.Calendar { ProductId = "-//Score//SCORE Indonesia//EN" };
        calendar.AddProperty("X-WR-CALNAME", text["Calendar.FeedName", trainer.FullName]);
        foreach (var d in days)
        {
            calendar.Events.Add(AllDay($"day-{d.Id}@score", d.Date, text["Calendar.ClassroomDay", d.Training], d.Venue,
                d.Topic, $"{baseUrl}/trainings/{d.TrainingId}"));
        }
        foreach (var v in due.Where(v => v.Progress.NextDue is not null))
        {
            // An overdue visit shows today, where it will be seen, not on a day already past.
            var overdue = v.Progress.IsOverdue;
            var summary = overdue
                ? text["Calendar.VisitOverdue", v.Enterprise, Localization.Display.Date(v.Progress.NextDue)]
                : text["Calendar.Visit", v.Enterprise];
            var place = string.Join(", ", new[] { v.Address, v.Regency }.Where(x => !string.IsNullOrWhiteSpace(x)));
            calendar.Events.Add(AllDay($"visit-{v.EnrolmentId}-{v.Progress.Done + 1}@score", overdue ? today : v.Progress.NextDue!.Value, summary,
                place.Length == 0 ? null : place, $"{v.Training}\n{v.MapUrl}".Trim(), $"{baseUrl}/trainings/{v.TrainingId}/enrolments/{v.EnrolmentId}/visits/new"));
        }
        return new CalendarFeed(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    private static CalendarEvent AllDay(string uid, DateOnly date, string summary, string? location, string? description, string url) => new()
    {
        Uid = uid,
        DtStart = new CalDateTime(date),
        DtEnd = new CalDateTime(date.AddDays(1)),
        Summary = summary,
        Location = location,
        Description = description,
        Url = new Uri(url),
    };

    private static string Base64UrlSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));
}
