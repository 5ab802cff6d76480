using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Authorization;

public static class ApiTokenFormat
{
    public const string Scheme = "ApiToken";

    /// <summary>API policy: a valid token, nothing else (no cookie).</summary>
    public const string Policy = "Api";

    /// <summary>API policy for writes: a token with write ticked.</summary>
    public const string WritePolicy = "ApiWrite";

    private const string Marker = "score_";

    public static string NewToken() => Marker + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    public static string PrefixOf(string token) => token[..Math.Min(token.Length, Marker.Length + 6)];

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>
/// "Authorization: Bearer score_…": the token's hash is looked up; an active user's unrevoked,
/// unexpired token signs the request in as that user, with the same claims a sign-in gives.
/// </summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ScoreDbContext db, IUserClaimsPrincipalFactory<ApplicationUser> principals, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>"Last used" is written at most this often per token, not on every request.</summary>
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var token = header["Bearer ".Length..].Trim();
        if (token.Length is 0 or > 200)
        {
            return AuthenticateResult.Fail("Malformed token.");
        }
        var hash = ApiTokenFormat.HashOf(token);
        var now = clock.GetUtcNow();
        var found = await db.ApiTokens.Include(t => t.User).AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        if (found is null || !found.IsUsableAt(now) || found.User is not { IsActive: true } user || (user.LockoutEnd is { } locked && locked > now))
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired token.");
        }
        if (found.LastUsedAt is null || now - found.LastUsedAt > LastUsedPrecision)
        {
            await db.ApiTokens.Where(t => t.Id == found.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }
        var signedIn = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(signedIn.Claims, ApiTokenFormat.Scheme, ClaimTypes.Name, ClaimTypes.Role);
        if (found.CanWrite)
        {
            identity.AddClaim(new Claim(ScoreClaims.TokenWrite, "true"));
        }
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiTokenFormat.Scheme));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "Api.Unauthorized");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Api.Forbidden");

    private async Task WriteProblemAsync(int status, string titleKey)
    {
        var text = Context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
        Response.StatusCode = status;
        await Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Title = text[titleKey] },
        });
    }
}
