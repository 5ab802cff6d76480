using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Account;

public sealed record NewTokenForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Token.Name")]
    public string? Name { get; init; }

    [Display(Name = "Token.CanWrite")]
    public bool CanWrite { get; init; }

    [Range(1, ApiTokenDesk.MaxDays, ErrorMessage = "Validation.Range")]
    [Display(Name = "Token.Days")]
    public int Days { get; init; } = ApiTokenDesk.DefaultDays;
}

public sealed record TokenRow(int Id, string Owner, string Name, string Prefix, bool CanWrite, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, bool IsUsable);

public sealed record TokensPage(IReadOnlyList<TokenRow> Tokens, NewTokenForm Form, bool ShowsEveryone, string? CreatedToken);

/// <summary>A user's personal access tokens; administrators see and revoke everyone's. A token is shown once, then only its hash is kept.</summary>
public sealed class ApiTokenDesk(ScoreDbContext db, CurrentUser me, TimeProvider clock)
{
    public const int DefaultDays = 90;
    public const int MaxDays = 365;

    public async Task<TokensPage> PageAsync(NewTokenForm? form, string? createdToken, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var tokens = await Visible().OrderByDescending(t => t.CreatedAt).Take(200)
            .Select(t => new TokenRow(t.Id, t.User!.Email!, t.Name, t.Prefix, t.CanWrite, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt,
                ApiToken.IsUsable(t.RevokedAt, t.ExpiresAt, now)))
            .ToListAsync(ct);
        return new TokensPage(tokens, form ?? new NewTokenForm(), me.IsAdministrator, createdToken);
    }

    /// <returns>The token, to show once.</returns>
    public async Task<string> CreateAsync(NewTokenForm form, CancellationToken ct)
    {
        var token = ApiTokenFormat.NewToken();
        db.ApiTokens.Add(new ApiToken
        {
            UserId = me.Id!,
            Name = form.Name!.Trim(),
            Hash = ApiTokenFormat.HashOf(token),
            Prefix = ApiTokenFormat.PrefixOf(token),
            CanWrite = form.CanWrite,
            ExpiresAt = clock.GetUtcNow().AddDays(form.Days),
        });
        await db.SaveChangesAsync(ct);
        return token;
    }

    public async Task<Outcome> RevokeAsync(int id, CancellationToken ct)
    {
        var token = await Visible().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (token is null)
        {
            return Outcome.NotFound;
        }
        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow();
            token.RevokedBy = me.AuditName;
            await db.SaveChangesAsync(ct);
        }
        return Outcome.Done(id);
    }

    /// <summary>One's own tokens; every token for an administrator.</summary>
    private IQueryable<ApiToken> Visible() => me.IsAdministrator ? db.ApiTokens : db.ApiTokens.Where(t => t.UserId == me.Id);
}
