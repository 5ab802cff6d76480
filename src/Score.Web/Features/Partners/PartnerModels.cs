using System.ComponentModel.DataAnnotations;
using Score.Web.Domain;
using Score.Web.Queries;

namespace Score.Web.Features.Partners;

public sealed record PartnerRow(int Id, string ShortName, string Name, string KindEn, string KindId, bool IsLead, string? Province, string? City, bool IsActive, int Enterprises, int Trainers);

public sealed record VariantRow(int Id, string Name, string? Description, string? SectorEn, string? SectorId, int[] Modules, int? Weeks);

public sealed record StaffRow(string FullName, string? Email, string Role, bool IsActive);

public sealed record TrainerRow(int Id, string FullName, Sex Sex, IReadOnlyList<(int Module, CertificationLevel Level)> Certifications);

public sealed record PartnerDetails(
    int Id, string ShortName, string Name, string KindEn, string KindId, bool IsLead, string? Province, string? City, string? Address,
    string? ContactPerson, string? Email, string? Phone, DateOnly? CommitmentSignedOn, bool IsActive,
    int Enterprises, int ActiveEnterprises, int People, int Women, int TrainersWomen, int TrainersMen,
    IReadOnlyList<VariantRow> Variants, IReadOnlyList<StaffRow> Staff, IReadOnlyList<TrainerRow> Trainers)
{
    public bool CanManage { get; init; }
    public bool CanManageVariants { get; init; }
    public bool ShowContacts { get; init; }
}

public sealed record PartnerForm
{
    /// <summary>Dropdown choices the form offers, filled before it is shown; never read from a post.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<SelectOption> Kinds { get; init; } = [];

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<SelectOption> Provinces { get; init; } = [];

    public int Id { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Partner.Name")]
    public string? Name { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(40, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Partner.ShortName")]
    public string? ShortName { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Partner.Kind")]
    public int? PartnerKindId { get; init; }

    [Display(Name = "Partner.IsLead")]
    public bool IsLead { get; init; }

    [Display(Name = "Enterprise.Province")]
    public string? ProvinceCode { get; init; }

    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Partner.City")]
    public string? City { get; init; }

    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Enterprise.Address")]
    public string? Address { get; init; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Partner.ContactPerson")]
    public string? ContactPerson { get; init; }

    [StringLength(256, ErrorMessage = "Validation.MaxLength")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.Email")]
    public string? Email { get; init; }

    [StringLength(40, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(@"^[0-9+()\-\s]*$", ErrorMessage = "Validation.Phone")]
    [Display(Name = "Enterprise.Phone")]
    public string? Phone { get; init; }

    [DataType(DataType.Date)]
    [Display(Name = "Partner.CommitmentSignedOn")]
    public DateOnly? CommitmentSignedOn { get; init; }

    [Display(Name = "Partner.IsActive")]
    public bool IsActive { get; init; } = true;

    public uint Version { get; init; }
}

public sealed record VariantForm
{
    /// <summary>Dropdown choices the form offers, filled before it is shown; never read from a post.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<SelectOption> Sectors { get; init; } = [];

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<SelectOption> Modules { get; init; } = [];

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public string PartnerName { get; init; } = "";

    public int Id { get; init; }

    public int PartnerId { get; init; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Variant.Name")]
    public string? Name { get; init; }

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Variant.Description")]
    public string? Description { get; init; }

    [Display(Name = "Variant.TargetSector")]
    public int? TargetSectorId { get; init; }

    [Display(Name = "Variant.Modules")]
    public int[] ModuleNumbers { get; init; } = [];

    [Range(1, 104, ErrorMessage = "Validation.Range")]
    [Display(Name = "Variant.Weeks")]
    public int? TypicalDurationWeeks { get; init; }

    public uint Version { get; init; }
}
