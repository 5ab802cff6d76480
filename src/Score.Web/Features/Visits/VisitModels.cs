using System.ComponentModel.DataAnnotations;
using Score.Web.Domain;
using Score.Web.Kpis;
using Score.Web.Queries;

namespace Score.Web.Features.Visits;

public sealed record ActionInput
{
    public int Id { get; init; }

    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Visit.ActionWhat")]
    public string? Description { get; init; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Visit.ActionOwner")]
    public string? Owner { get; init; }

    [DataType(DataType.Date)]
    [Display(Name = "Visit.ActionDue")]
    public DateOnly? DueDate { get; init; }

    [Display(Name = "Visit.ActionStatus")]
    public ActionStatus Status { get; init; }

    /// <summary>The checklist's tick on a carried action: done at this visit, whatever its status said.</summary>
    public bool Done { get; init; }
}

public sealed record ConsultationForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Date)]
    [Display(Name = "Visit.Date")]
    public DateOnly? Date { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(1, 1440, ErrorMessage = "Validation.Range")]
    [Display(Name = "Visit.Duration")]
    public int? DurationMinutes { get; init; }

    [Display(Name = "Visit.Mode")]
    public VisitMode Mode { get; init; }

    [Display(Name = "Visit.Trainer")]
    public int? TrainerId { get; init; }

    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Visit.Findings")]
    public string? Findings { get; init; }

    public int[] EitAttendeeIds { get; init; } = [];

    public List<ActionInput> Actions { get; init; } = [];

    public List<KpiInput> Kpis { get; init; } = [];

    public bool ConfirmWarnings { get; init; }
}

public sealed record PersonOption(int Id, string FullName, PersonPosition Position, bool IsEitMember);

public sealed record PastVisit(int Id, DateOnly Date, string Trainer, VisitMode Mode, int DurationMinutes, string? Findings)
{
    /// <summary>Who of the improvement team was there: a new visit starts from the last one's.</summary>
    public IReadOnlyList<int> EitAttendeeIds { get; init; } = [];
}

public sealed record VisitPage(
    int TrainingId, string TrainingTitle, int EnrolmentId, string Enterprise, VisitProgress Progress,
    IReadOnlyList<PersonOption> People, IReadOnlyList<PastVisit> Past, IReadOnlyList<SelectOption> Trainers, bool ChoosesTrainer,
    ConsultationForm Form, IReadOnlyList<KpiRow> KpiRows, IReadOnlyList<string> Warnings);


public sealed record VisitKpiValue(string Name, string Unit, decimal Value, string? Period);

public sealed record VisitAction(string Description, string? Owner, DateOnly? DueDate, ActionStatus Status, bool RaisedHere);

/// <summary>One recorded visit as its page reads it, with its KPI values, the actions it raised or reviewed, and its history.</summary>
public sealed record VisitRecord(
    int Id, int TrainingId, string TrainingTitle, int EnrolmentId, string Enterprise, DateOnly Date, string Trainer, VisitMode Mode, int DurationMinutes,
    string? Findings, IReadOnlyList<string> Attendees, IReadOnlyList<VisitKpiValue> Kpis, IReadOnlyList<VisitAction> Actions,
    IReadOnlyList<HistoryRow> History);
