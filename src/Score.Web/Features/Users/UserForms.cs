using System.ComponentModel.DataAnnotations;

namespace Score.Web.Features.Users;

public sealed record UserListQuery(string? Search, string? Role, int? Partner, int Page = 1);

public sealed record UserRow(
    string Id, string FullName, string Email, string? Role, string? Partner, bool IsActive,
    bool MustChangePassword, DateTimeOffset? LockoutEnd, DateTimeOffset? LastSignInAt);

public sealed record UserList(UserListQuery Query, IReadOnlyList<UserRow> Rows, int Total, int PageSize, IReadOnlyList<PartnerOption> Partners)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record PartnerOption(int Id, string ShortName);

/// <summary>What an administrator sets on any account, new or existing: who the person is, their role and partner.</summary>
public abstract record UserAccountFields
{
    /// <summary>Dropdown choices the form offers, filled before it is shown; never read from a post.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<PartnerOption> Partners { get; init; } = [];

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.FullName")]
    public string FullName { get; init; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Field.Role")]
    public string Role { get; init; } = "";

    [Display(Name = "Field.Partner")]
    public int? PartnerId { get; init; }
}

public sealed record CreateUserForm : UserAccountFields
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Email")]
    public string Email { get; init; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "Validation.PasswordLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.TemporaryPassword")]
    public string TemporaryPassword { get; init; } = "";
}

public sealed record EditUserForm : UserAccountFields
{
    /// <summary>The account's changes, newest first; never read from a post.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever, Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public IReadOnlyList<Queries.HistoryRow> History { get; init; } = [];

    public string Id { get; init; } = "";

    public string Email { get; init; } = "";

    /// <summary>Identity's concurrency stamp as the form was loaded, so a second editor gets a conflict.</summary>
    public string ConcurrencyStamp { get; init; } = "";

    public bool IsActive { get; init; }
}

public sealed record ResetPasswordForm
{
    public string Id { get; init; } = "";

    public string Email { get; init; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "Validation.PasswordLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.TemporaryPassword")]
    public string TemporaryPassword { get; init; } = "";
}
