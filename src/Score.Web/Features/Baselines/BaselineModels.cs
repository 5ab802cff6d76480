using System.ComponentModel.DataAnnotations;
using Score.Web.Kpis;

namespace Score.Web.Features.Baselines;

public sealed record ChecklistInput
{
    public int ItemId { get; init; }
    public bool InPlace { get; init; }
}

public sealed record BaselineForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Date)]
    [Display(Name = "Baseline.Date")]
    public DateOnly? Date { get; init; }

    public List<ChecklistInput> Checklist { get; init; } = [];

    public List<KpiInput> Kpis { get; init; } = [];

    public bool ConfirmWarnings { get; init; }

    /// <summary>The enrolment's version as the form was loaded, so a second editor gets a conflict.</summary>
    public uint Version { get; init; }
}

public sealed record BaselinePage(int TrainingId, string TrainingTitle, int EnrolmentId, string Enterprise,
    IReadOnlyList<(int Id, string Text)> Items, IReadOnlyList<KpiRow> KpiRows, BaselineForm Form, IReadOnlyList<string> Warnings);
