using Microsoft.AspNetCore.Identity;

namespace Score.Web.Domain;

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
