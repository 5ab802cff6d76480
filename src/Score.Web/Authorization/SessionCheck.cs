using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Authorization;

/// <summary>
/// A sign-in cookie is good only while the user's security stamp is the one it was issued with
/// and the user is active: one indexed lookup, so a copied cookie dies with sign-out. Role, partner
/// and name travel in the cookie, and every change of them (and deactivation, a password change or
/// reset, sign-out) gives the user a new stamp, so the claims are never reloaded from the database
/// while they are still true. A session found good is believed for a few seconds
/// (<see cref="RecentSessions"/>) instead of being looked up again on every request.
/// </summary>
public static class SessionCheck
{
    private sealed record Session(string? SecurityStamp, bool IsActive);

    // Compiled once: building and matching the LINQ afresh cost more than the lookup.
    private static readonly Func<ScoreDbContext, string, CancellationToken, Task<Session?>> CurrentSession =
        EF.CompileAsyncQuery((ScoreDbContext db, string userId, CancellationToken ct) =>
            db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new Session(u.SecurityStamp, u.IsActive)).SingleOrDefault());

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claimTypes = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claimTypes.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claimTypes.SecurityStampClaimType);
        var recent = services.GetRequiredService<RecentSessions>();
        if (userId is not null && stamp is not null && recent.IsGood(userId, stamp))
        {
            return;
        }
        var db = services.GetRequiredService<ScoreDbContext>();
        var current = userId is null ? null : await CurrentSession(db, userId, context.HttpContext.RequestAborted);
        if (current is null || !current.IsActive || stamp is null || current.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        recent.Remember(userId!, stamp);
    }
}

/// <summary>
/// Sessions this instance found good in the last <see cref="ScoreOptions.SessionRecheckSeconds"/>, by user and
/// security stamp. A change of a user saved here (sign-out, deactivation, a role, partner or password change: each
/// a new stamp) forgets them at once; on another instance it takes effect when their time is up.
/// </summary>
public sealed class RecentSessions(TimeProvider clock, IOptions<ScoreOptions> options)
{
    private readonly ConcurrentDictionary<string, (string Stamp, DateTimeOffset Until)> good = new(StringComparer.Ordinal);

    public bool IsGood(string userId, string stamp) =>
        good.TryGetValue(userId, out var known) && known.Stamp == stamp && known.Until > clock.GetUtcNow();

    public void Remember(string userId, string stamp)
    {
        if (options.Value.SessionRecheckSeconds > 0)
        {
            good[userId] = (stamp, clock.GetUtcNow().AddSeconds(options.Value.SessionRecheckSeconds));
        }
    }

    public void Forget(string userId) => good.TryRemove(userId, out _);
}

/// <summary>
/// Forgets the recent sessions of users whose account a save changes or removes: before the save, and again after
/// it, so that a request that read the old stamp meanwhile is not believed either.
/// </summary>
public sealed class SessionChanges(RecentSessions recent) : AroundSaveInterceptor
{
    protected override void Before(DbContext? context)
    {
        if (context is not ScoreDbContext score)
        {
            return;
        }
        // Added to, not replaced: the audit's own save runs inside this one's "after", and must not lose its users.
        score.Saving.UsersChanged.AddRange(score.ChangeTracker.Entries<ApplicationUser>()
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted).Select(e => e.Entity.Id));
        score.Saving.UsersChanged.ForEach(recent.Forget);
    }

    protected override void After(DbContext? context)
    {
        if (context is ScoreDbContext score)
        {
            score.Saving.UsersChanged.ForEach(recent.Forget);
            score.Saving.UsersChanged.Clear();
        }
    }
}

/// <summary>
/// Failed sign-ins counted per network address: past the limit in the window, that address may
/// not try again until the window ends. Lockout counts per account; this slows whoever types
/// someone else's email to lock them out, and anyone guessing across many accounts. The count is
/// in PostgreSQL, so it holds across app instances; only failures write, so a sign-in costs one read.
/// </summary>
public sealed class SignInThrottle(ScoreDbContext db, TimeProvider clock, IOptions<Infrastructure.ScoreOptions> options)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public async Task<bool> IsBlockedAsync(string address, CancellationToken ct)
    {
        var windowStart = clock.GetUtcNow() - Window;
        var limit = options.Value.SignInFailuresPerAddress;
        return await db.SignInFailures.AnyAsync(f => f.Address == address && f.Since > windowStart && f.Failures >= limit, ct);
    }

    public async Task RecordFailureAsync(string address, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var windowStart = now - Window;
        // One statement, so that failures arriving together on several instances all count.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO sign_in_failures (address, failures, since) VALUES ({address}, 1, {now})
            ON CONFLICT (address) DO UPDATE SET
              failures = CASE WHEN sign_in_failures.since > {windowStart} THEN sign_in_failures.failures + 1 ELSE 1 END,
              since = CASE WHEN sign_in_failures.since > {windowStart} THEN sign_in_failures.since ELSE {now} END
            """, ct);
        await db.SignInFailures.Where(f => f.Since <= windowStart).ExecuteDeleteAsync(ct);
    }
}
