using System.Globalization;
using System.Security.Claims;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Authorization;

/// <summary>The signed-in user as the rest of the app needs to see them: role and partner.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : IActingUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? Id => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>What audit columns record: the user's email, or "system" outside a request.</summary>
    public string AuditName => IsAuthenticated ? Principal!.Identity!.Name ?? "unknown" : "system";

    public string? Address => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public int? PartnerId =>
        int.TryParse(Principal?.FindFirstValue(ScoreClaims.PartnerId), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    public bool IsAdministrator => IsInRole(Roles.Administrator);

    /// <summary>Administrators and programme viewers see every partner's data.</summary>
    public bool SeesAllPartners => IsInRole(Roles.Administrator) || IsInRole(Roles.ProgrammeViewer);
}
