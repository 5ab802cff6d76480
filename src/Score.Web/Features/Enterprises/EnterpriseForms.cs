using System.ComponentModel.DataAnnotations;
using Score.Web.Domain;
using Score.Web.Queries;

namespace Score.Web.Features.Enterprises;

public sealed record EnterpriseRow(
    int Id, string Name, string? Nib, string Partner, string Province, string? Regency, string SectorEn, string SectorId,
    int Workers, SizeClass SizeClass, EnterpriseStatus Status, int People, DateTimeOffset UpdatedAt);

public sealed record EnterpriseList(
    EnterpriseListQuery Query, IReadOnlyList<EnterpriseRow> Rows, int Total, int PageSize,
    IReadOnlyList<SelectOption> Provinces, IReadOnlyList<SelectOption> Sectors, IReadOnlyList<SelectOption> Partners, bool ShowPartner, bool CanRegister)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>What the user registered this week, newest first, so a new one is found on the first page whatever its name.</summary>
    public IReadOnlyList<RecordLink> RegisteredRecently { get; init; } = [];
}

public sealed record RecordLink(int Id, string Name);

public sealed record EnterpriseForm
{
    /// <summary>Dropdown choices the form offers, filled before it is shown; never read from a post.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<SelectOption> Provinces { get; init; } = [];

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<SelectOption> Regencies { get; init; } = [];

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<SelectOption> Sectors { get; init; } = [];

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<SelectOption>? Partners { get; init; } = null;

    public int Id { get; init; }

    [Display(Name = "Field.Partner")]
    public int? PartnerId { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Enterprise.Name")]
    public string? Name { get; init; }

    [RegularExpression(EnterpriseRules.NibPattern, ErrorMessage = EnterpriseRules.NibFormatKey)]
    [Display(Name = "Enterprise.Nib")]
    public string? Nib { get; init; }

    [Display(Name = "Enterprise.LegalForm")]
    public LegalForm LegalForm { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Enterprise.Sector")]
    public int? SectorId { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Enterprise.Province")]
    public string? ProvinceCode { get; init; }

    [Display(Name = "Enterprise.Regency")]
    public string? RegencyCode { get; init; }

    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Enterprise.Address")]
    public string? Address { get; init; }

    [StringLength(40, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(EnterpriseRules.PhonePattern, ErrorMessage = EnterpriseRules.PhoneKey)]
    [Display(Name = "Enterprise.Phone")]
    public string? Phone { get; init; }

    [StringLength(256, ErrorMessage = "Validation.MaxLength")]
    [EmailAddress(ErrorMessage = EnterpriseRules.EmailKey)]
    [Display(Name = "Field.Email")]
    public string? Email { get; init; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Enterprise.Owner")]
    public string? OwnerName { get; init; }

    [Range(EnterpriseRules.EarliestYearFounded, EnterpriseRules.LatestYearFounded, ErrorMessage = "Validation.Range")]
    [Display(Name = "Enterprise.YearFounded")]
    public int? YearFounded { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(0, EnterpriseRules.MaxWorkers, ErrorMessage = "Validation.Range")]
    [Display(Name = "Enterprise.WorkersWomen")]
    public int? WorkersWomen { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(0, EnterpriseRules.MaxWorkers, ErrorMessage = "Validation.Range")]
    [Display(Name = "Enterprise.WorkersMen")]
    public int? WorkersMen { get; init; }

    [Display(Name = "Enterprise.SalesBand")]
    public SalesBand SalesBand { get; init; }

    /// <summary>Text, read with either a dot or a comma as decimal mark whatever the language.</summary>
    [StringLength(20, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Enterprise.Latitude")]
    public string? Latitude { get; init; }

    [StringLength(20, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Enterprise.Longitude")]
    public string? Longitude { get; init; }

    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Enterprise.Notes")]
    public string? Notes { get; init; }

    [Display(Name = "Enterprise.Status")]
    public EnterpriseStatus Status { get; init; }

    /// <summary>xmin as the form was loaded: a second editor gets a conflict, not a silent overwrite.</summary>
    public uint Version { get; init; }

    /// <summary>Ticked by the user after reading the possible-duplicate warnings.</summary>
    public bool ConfirmWarnings { get; init; }

    /// <summary>On a new enterprise: the owner typed above becomes its first person, so the name is not typed twice.</summary>
    [Display(Name = "Enterprise.OwnerIsPerson")]
    public bool AddOwnerAsPerson { get; init; }

    [Display(Name = "Enterprise.OwnerSex")]
    public Sex? OwnerSex { get; init; }

    /// <summary>On a new enterprise: its managers and workers, registered with it in the same save.</summary>
    public List<NewPersonRow> People { get; init; } = [];

    /// <summary>The training the enterprise was registered from: it comes back enrolled there.</summary>
    public int? EnrolIn { get; init; }

    /// <summary>"Save and register another": a new enterprise's form comes back empty for the next one.</summary>
    public bool Another { get; init; }

    [Display(Name = "Training.FeePaid")]
    public decimal? FeePaid { get; init; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public string? EnrolTrainingTitle { get; init; }
}

/// <summary>Several people of one enterprise added in one form.</summary>
public sealed record PeopleBatchForm
{
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public string EnterpriseName { get; init; } = "";

    public int EnterpriseId { get; init; }

    public List<NewPersonRow> People { get; init; } = [];

    public bool ConfirmWarnings { get; init; }
}

public sealed record PersonForm
{
    /// <summary>Shown in the breadcrumb; never read from a post.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public string EnterpriseName { get; init; } = "";

    /// <summary>The person's changes, newest first; never read from a post.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<HistoryRow> History { get; init; } = [];

    public int Id { get; init; }

    public int EnterpriseId { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Person.FullName")]
    public string? FullName { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Person.Sex")]
    public Sex? Sex { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Person.Position")]
    public PersonPosition? Position { get; init; }

    [StringLength(40, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(EnterpriseRules.PhonePattern, ErrorMessage = EnterpriseRules.PhoneKey)]
    [Display(Name = "Enterprise.Phone")]
    public string? Phone { get; init; }

    [StringLength(256, ErrorMessage = "Validation.MaxLength")]
    [EmailAddress(ErrorMessage = EnterpriseRules.EmailKey)]
    [Display(Name = "Field.Email")]
    public string? Email { get; init; }

    [Display(Name = "Person.IsEitMember")]
    public bool IsEitMember { get; init; }

    public uint Version { get; init; }

    public bool ConfirmWarnings { get; init; }
}
