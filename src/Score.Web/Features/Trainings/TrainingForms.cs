using System.ComponentModel.DataAnnotations;
using Score.Web.Domain;
using Score.Web.Queries;

namespace Score.Web.Features.Trainings;

public sealed record TrainingListQuery
{
    public string? Search { get; init; }
    public TrainingStatus? Status { get; init; }
    public int? Module { get; init; }
    public int? Partner { get; init; }
    public int Page { get; init; } = 1;

    /// <summary>Trainings starting in the period, held in the province, under the variant: the dashboard's filters.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Province { get; init; }
    public int? Variant { get; init; }

    /// <summary>Cancelled trainings left out, as the dashboard's trainings figure counts them.</summary>
    public bool Active { get; init; }

    /// <summary>Only trainings a reviewer approved: the dashboard's "approved only".</summary>
    public bool Approved { get; init; }
}

public sealed record TrainingRow(
    int Id, string Title, string Partner, int Module, string ModuleEn, string ModuleId, DateOnly PlannedStart, DateOnly PlannedEnd,
    TrainingStatus Status, string LeadTrainer, int Enterprises, int Participants)
{
    public ReviewState ReviewState { get; init; }
}

public sealed record TrainingList(TrainingListQuery Query, IReadOnlyList<TrainingRow> Rows, int Total, int PageSize,
    IReadOnlyList<SelectOption> Partners, bool ShowPartner, bool CanCreate)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record TrainingForm
{
    /// <summary>Dropdown choices the form offers, filled before it is shown; never read from a post.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<SelectOption> Trainers { get; init; } = [];

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<SelectOption> Variants { get; init; } = [];

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<SelectOption> Modules { get; init; } = [];

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<SelectOption> Partners { get; init; } = [];

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<SelectOption> Provinces { get; init; } = [];

    public int Id { get; init; }

    [Display(Name = "Field.Partner")]
    public int? PartnerId { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(1, 5, ErrorMessage = "Validation.Choose")]
    [Display(Name = "Training.Module")]
    public int? ModuleNumber { get; init; }

    [Display(Name = "Training.Variant")]
    public int? VariantId { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Training.Title")]
    public string? Title { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Training.LeadTrainer")]
    public int? LeadTrainerId { get; init; }

    [Display(Name = "Training.CoTrainers")]
    public int[] CoTrainerIds { get; init; } = [];

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Training.Venue")]
    public string? Venue { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Enterprise.Province")]
    public string? ProvinceCode { get; init; }

    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Partner.City")]
    public string? City { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Date)]
    [Display(Name = "Training.PlannedStart")]
    public DateOnly? PlannedStart { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Date)]
    [Display(Name = "Training.PlannedEnd")]
    public DateOnly? PlannedEnd { get; init; }

    [Display(Name = "Training.Funding")]
    public FundingSource Funding { get; init; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Training.SponsorName")]
    public string? SponsorName { get; init; }

    [Range(0, 100_000_000_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Training.TotalCost")]
    public decimal? TotalCost { get; init; }

    // Doubles, not ints: an int range converts the posted value to int, and a value past int's range is an exception, not a message.
    [Range(0d, 100_000_000d, ErrorMessage = "Validation.Range")]
    [Display(Name = "Training.FeePerEnterprise")]
    public decimal? FeePerEnterprise { get; init; }

    [Range(0, 100_000_000_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Training.FeesCollected")]
    public decimal? FeesCollected { get; init; }

    [Range(0, 100_000_000_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Training.SponsorContribution")]
    public decimal? SponsorContribution { get; init; }

    public uint Version { get; init; }

    public bool ConfirmWarnings { get; init; }
}

public sealed record DayForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Date)]
    [Display(Name = "Training.DayDate")]
    public DateOnly? Date { get; init; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Training.Venue")]
    public string? Venue { get; init; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Training.Topic")]
    public string? Topic { get; init; }
}

/// <summary>One enterprise on the enrolment form: ticked to enrol, with its fee and the people who take part.</summary>
public sealed record EnrolChoice
{
    public int EnterpriseId { get; init; }

    public bool Enrol { get; init; }

    [Display(Name = "Training.FeePaid")]
    public decimal? FeePaid { get; init; }

    public int[] PersonIds { get; init; } = [];
}

/// <summary>Several enterprises enrolled, each with its participants and fee, in one submit.</summary>
public sealed record EnrolForm
{
    public List<EnrolChoice> Choices { get; init; } = [];

    public bool ConfirmWarnings { get; init; }

    public string? Search { get; init; }
}
