using System.ComponentModel.DataAnnotations;

namespace Score.Web.Features.Trainings;

/// <summary>One enterprise's part in the closing workshop and the outcomes it reports.</summary>
public sealed record WorkshopResultInput
{
    public int EnrolmentId { get; init; }

    public string Enterprise { get; init; } = "";

    public bool Presented { get; init; }

    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Workshop.Presenters")]
    public string? Presenters { get; init; }

    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Workshop.Summary")]
    public string? Summary { get; init; }

    public bool? ProductivityImproved { get; init; }

    [Range(0, 1000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Workshop.ProductivityPercent")]
    public decimal? ProductivityChangePercent { get; init; }

    public bool? CostsSaved { get; init; }

    [Range(0, 1_000_000_000_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Workshop.CostsRupiah")]
    public decimal? CostsSavedRupiah { get; init; }

    public bool? DefectsReduced { get; init; }

    [Range(0, 100, ErrorMessage = "Validation.Range")]
    [Display(Name = "Workshop.DefectsPercent")]
    public decimal? DefectsChangePercent { get; init; }

    public bool? EnergySaved { get; init; }

    [Range(0, 100, ErrorMessage = "Validation.Range")]
    [Display(Name = "Workshop.EnergyPercent")]
    public decimal? EnergySavedPercent { get; init; }
}

public sealed record WorkshopForm
{
    [DataType(DataType.Date)]
    [Display(Name = "Workshop.Date")]
    public DateOnly? Date { get; init; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Training.Venue")]
    public string? Venue { get; init; }

    public List<WorkshopResultInput> Results { get; init; } = [];

    /// <summary>The training's version as the form was loaded, so a second editor gets a conflict.</summary>
    public uint Version { get; init; }
}

public sealed record WorkshopPage(int TrainingId, string TrainingTitle, WorkshopForm Form);
