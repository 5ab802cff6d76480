using Microsoft.AspNetCore.Identity;

namespace Score.Web.Domain;

/// <summary>
/// A person who signs in. It derives from Identity's user (Microsoft.Extensions.Identity.Stores: no web
/// framework, no EF Core), the one outside type the domain accepts, so that trainers and imports can name their user.
/// </summary>
public sealed class ApplicationUser : IdentityUser, IAudited
{
    public string FullName { get; set; } = "";
    public int? PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>Set when an administrator chose the password; cleared when the user picks their own.</summary>
    public bool MustChangePassword { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset? LastSignInAt { get; set; }
}
