using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Score.Web.Domain;

namespace Score.Web.Authorization;

/// <summary>Refuses sign-in to users an administrator has deactivated.</summary>
public sealed class ScoreSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        user.IsActive && await base.CanSignInAsync(user);

    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsActive: true } ? user : null;
    }
}

/// <summary>Adds the user's name, partner and the forced-password-change flag to the sign-in cookie.</summary>
public sealed class ScoreClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    Data.ScoreDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<System.Security.Claims.ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new(ScoreClaims.FullName, user.FullName));
        if (user.PartnerId is { } partnerId)
        {
            identity.AddClaim(new(ScoreClaims.PartnerId, partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var shortName = await db.Partners.Where(p => p.Id == partnerId).Select(p => p.ShortName).SingleOrDefaultAsync();
            if (shortName is not null)
            {
                identity.AddClaim(new(ScoreClaims.PartnerShortName, shortName));
            }
        }
        if (user.MustChangePassword)
        {
            identity.AddClaim(new(ScoreClaims.MustChangePassword, "true"));
        }
        return identity;
    }
}
