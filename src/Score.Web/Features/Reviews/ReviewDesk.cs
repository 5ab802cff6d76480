using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Queries;

namespace Score.Web.Features.Reviews;

public sealed record ReviewQueueQuery
{
    public ReviewState State { get; init; } = ReviewState.Submitted;
    public int? Partner { get; init; }
    public int? Module { get; init; }
}

public sealed record ReviewQueueRow(int TrainingId, string Title, string Partner, int Module, TrainingStatus Status, DateTimeOffset? SubmittedAt, int AgeDays);

public sealed record ReviewList(ReviewQueueQuery Query, IReadOnlyList<ReviewQueueRow> Rows, IReadOnlyList<SelectOption> Partners, IReadOnlyDictionary<ReviewState, int> Counts);

/// <summary>Something in a training a reviewer should look at before vouching for it.</summary>
public sealed record ReviewFinding(string Message);

public sealed record ReviewHistoryRow(ReviewStep Step, string? Comment, string By, DateTimeOffset At);

public sealed record ReviewPage(TrainingDetails Training, IReadOnlyList<ReviewFinding> Findings, IReadOnlyList<ReviewHistoryRow> History);

/// <summary>
/// The programme's review of partners' trainings: partner staff submit a completed training;
/// administrators approve it (which locks it) or return it with a comment, and re-open an
/// approved one with a reason. Every step is kept.
/// </summary>
public sealed class ReviewDesk(ScoreDbContext db, PartnerScope scope, TrainingRecords records, CurrentUser me, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const int QueueSize = 100;

    public const int MaxComment = 2000;

    public bool IsReviewer => scope.IsAdministrator;

    public async Task<ReviewList?> QueueAsync(ReviewQueueQuery query, CancellationToken ct)
    {
        if (!IsReviewer)
        {
            return null;
        }
        var trainings = db.Trainings.Where(t => t.ReviewState == query.State);
        if (query.Partner is { } partner)
        {
            trainings = trainings.Where(t => t.PartnerId == partner);
        }
        if (query.Module is { } module)
        {
            trainings = trainings.Where(t => t.ModuleNumber == module);
        }
        var today = clock.GetUtcNow();
        var rows = (await trainings.OrderBy(t => t.SubmittedAt).ThenBy(t => t.Id).Take(QueueSize)
                .Select(t => new { t.Id, t.Title, Partner = t.Partner!.ShortName, t.ModuleNumber, t.Status, t.SubmittedAt })
                .ToListAsync(ct))
            .Select(t => new ReviewQueueRow(t.Id, t.Title, t.Partner, t.ModuleNumber, t.Status, t.SubmittedAt,
                t.SubmittedAt is { } at ? (int)(today - at).TotalDays : 0))
            .ToList();
        var counts = await db.Trainings.Where(t => t.ReviewState != ReviewState.NotSubmitted)
            .GroupBy(t => t.ReviewState).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new ReviewList(query, rows, await db.PartnerOptionsAsync(ct), counts);
    }

    public async Task<ReviewPage?> PageAsync(int trainingId, CancellationToken ct)
    {
        if (!IsReviewer || await records.LoadAsync(trainingId, ct) is not { } training)
        {
            return null;
        }
        var history = await db.TrainingReviews.Where(r => r.TrainingId == trainingId).OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Select(r => new ReviewHistoryRow(r.Step, r.Comment, r.By, r.At)).ToListAsync(ct);
        return new ReviewPage(training, await FindingsAsync(training, ct), history);
    }

    /// <summary>What looks odd: days without attendance, visits before the classroom ended, a class without a manager or a worker, no baseline, KPI jumps.</summary>
    private async Task<List<ReviewFinding>> FindingsAsync(TrainingDetails training, CancellationToken ct)
    {
        var findings = new List<ReviewFinding>();
        findings.AddRange(training.Days.Where(d => !d.AttendanceTaken)
            .Select(d => new ReviewFinding(text["Review.DayWithoutAttendance", Localization.Display.Date(d.Date)])));
        foreach (var e in training.Enrolments)
        {
            if (!e.HasManager)
            {
                findings.Add(new(text["Review.NoManager", e.Enterprise]));
            }
            if (!e.HasWorker)
            {
                findings.Add(new(text["Review.NoWorker", e.Enterprise]));
            }
            if (e.AttendancePercent(training.Days.Count) is > 100)
            {
                findings.Add(new(text["Review.AttendanceOver100", e.Enterprise]));
            }
        }
        var lastDay = training.Days.Count == 0 ? (DateOnly?)null : training.Days.Max(d => d.Date);
        var enrolmentIds = training.Enrolments.Select(e => e.Id).ToList();
        var names = training.Enrolments.ToDictionary(e => e.Id, e => e.Enterprise);
        if (lastDay is { } last)
        {
            var early = await db.Consultations.Where(c => enrolmentIds.Contains(c.EnrolmentId) && c.Date < last)
                .Select(c => new { c.EnrolmentId, c.Date }).ToListAsync(ct);
            findings.AddRange(early.Select(c => new ReviewFinding(text["Review.VisitBeforeClassroom", names[c.EnrolmentId], Localization.Display.Date(c.Date)])));
        }
        var values = await db.KpiValues.Where(v => enrolmentIds.Contains(v.EnrolmentId))
            .OrderBy(v => v.MeasuredOn).ThenBy(v => v.Id)
            .Select(v => new { v.EnrolmentId, v.KpiCode, v.Value, v.ConsultationId, v.MeasuredOn }).ToListAsync(ct);
        findings.AddRange(enrolmentIds.Where(id => !values.Any(v => v.EnrolmentId == id && v.ConsultationId == null))
            .Select(id => new ReviewFinding(text["Review.NoBaseline", names[id]])));
        foreach (var series in values.GroupBy(v => (v.EnrolmentId, v.KpiCode)))
        {
            decimal? previous = null;
            foreach (var v in series)
            {
                if (KpiCheck.IsImplausibleJump(previous, v.Value))
                {
                    findings.Add(new(text["Review.KpiJump", names[v.EnrolmentId], v.KpiCode, Localization.Display.Kpi(previous!.Value), Localization.Display.Kpi(v.Value), Localization.Display.Date(v.MeasuredOn)]));
                }
                previous = v.Value;
            }
        }
        return findings;
    }

    /// <summary>The partner's staff submit their completed training for review.</summary>
    public async Task<Outcome> SubmitAsync(int trainingId, CancellationToken ct)
    {
        var training = await scope.ChangeableTrainingAsync(trainingId, ct);
        if (training is null)
        {
            return Outcome.NotFound;
        }
        if (!ReviewRules.CanSubmit(training.Status, training.ReviewState))
        {
            return Outcome.Refused(text["Review.CannotSubmit"]);
        }
        training.SubmittedAt = clock.GetUtcNow();
        return await StepAsync(training, ReviewStep.Submitted, null, ct);
    }

    /// <summary>A reviewer approves, returns (with a comment) or re-opens (with a reason).</summary>
    public async Task<Outcome> DecideAsync(int trainingId, ReviewStep step, string? comment, CancellationToken ct)
    {
        if (!IsReviewer || step == ReviewStep.Submitted)
        {
            return Outcome.NotFound;
        }
        var training = await db.Trainings.SingleOrDefaultAsync(t => t.Id == trainingId, ct);
        if (training is null)
        {
            return Outcome.NotFound;
        }
        var allowed = step == ReviewStep.Reopened ? ReviewRules.CanReopen(training.ReviewState) : ReviewRules.CanDecide(training.ReviewState);
        if (!allowed)
        {
            return Outcome.Refused(text["Review.NotNow"]);
        }
        comment = comment.TrimmedOrNull();
        if (ReviewRules.NeedsComment(step) && comment is null)
        {
            return Outcome.Invalid([new("comment", text["Review.CommentNeeded"])], trainingId);
        }
        if (comment?.Length > MaxComment)
        {
            return Outcome.Invalid([new("comment", text["Validation.MaxLength", text["Review.Comment"], MaxComment])], trainingId);
        }
        return await StepAsync(training, step, comment, ct);
    }

    private async Task<Outcome> StepAsync(Training training, ReviewStep step, string? comment, CancellationToken ct)
    {
        training.ReviewState = ReviewRules.After(step);
        if (step != ReviewStep.Submitted)
        {
            training.ReviewComment = step == ReviewStep.Approved ? null : comment;
        }
        db.TrainingReviews.Add(new TrainingReview { TrainingId = training.Id, Step = step, Comment = comment, By = me.AuditName, At = clock.GetUtcNow() });
        return await db.SaveOrConflictAsync(text, training.Id, () => training.Id, ct);
    }
}
