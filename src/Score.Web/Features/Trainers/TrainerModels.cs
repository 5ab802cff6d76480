using System.ComponentModel.DataAnnotations;
using Score.Web.Domain;
using Score.Web.Queries;

namespace Score.Web.Features.Trainers;

public sealed record TrainerListRow(int Id, string FullName, string Email, string Partner, Sex Sex, IReadOnlyList<CertificationRow> Certifications, bool CanEdit);

public sealed record CertificationRow(int Module, CertificationLevel Level, DateOnly? CertifiedOn);

public sealed record AccountWithoutProfile(string UserId, string FullName, string Email, string Partner);

public sealed record TrainerList(IReadOnlyList<TrainerListRow> Trainers, IReadOnlyList<AccountWithoutProfile> AccountsWithoutProfile, int Women, int Men);

public sealed record CertificationInput
{
    public int ModuleNumber { get; init; }

    /// <summary>Empty when the trainer is not certified for this module.</summary>
    public CertificationLevel? Level { get; init; }

    [DataType(DataType.Date)]
    public DateOnly? CertifiedOn { get; init; }
}

public sealed record TrainerForm
{
    /// <summary>Dropdown choices the form offers, filled before it is shown; never read from a post.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<SelectOption> Modules { get; init; } = [];

    public int Id { get; init; }

    public string UserId { get; init; } = "";

    public string FullName { get; init; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Person.Sex")]
    public Sex? Sex { get; init; }

    [StringLength(40, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(@"^[0-9+()\-\s]*$", ErrorMessage = "Validation.Phone")]
    [Display(Name = "Enterprise.Phone")]
    public string? Phone { get; init; }

    public List<CertificationInput> Certifications { get; init; } = [];

    public uint Version { get; init; }
}
