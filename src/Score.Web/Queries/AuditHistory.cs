using Microsoft.EntityFrameworkCore;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Queries;

/// <summary>One change of a record as the history shows it: who, when, from where, what changed.</summary>
public sealed record HistoryRow(DateTimeOffset At, string By, string? Address, string EntityType, string EntityId, AuditAction Action, IReadOnlyDictionary<string, string?[]> Changes);

/// <summary>The audit trail of one record, newest first; the page that shows it has already checked the user may read the record.</summary>
public sealed class AuditHistory(ScoreDbContext db)
{
    public const int Shown = 30;

    public Task<IReadOnlyList<HistoryRow>> OfAsync(string entityType, int id, CancellationToken ct) =>
        OfAsync(entityType, id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);

    public async Task<IReadOnlyList<HistoryRow>> OfAsync(string entityType, string key, CancellationToken ct)
    {
        return await db.AuditEntries.Where(a => a.EntityType == entityType && a.EntityId == key)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(Shown)
            .Select(a => new HistoryRow(a.At, a.By, a.Address, a.EntityType, a.EntityId, a.Action, a.Changes))
            .ToListAsync(ct);
    }

    /// <summary>An account's changes and its role changes (kept as rows "user id/role id").</summary>
    public async Task<IReadOnlyList<HistoryRow>> OfAccountAsync(string userId, CancellationToken ct)
    {
        var roles = userId + "/";
        return await db.AuditEntries
            .Where(a => (a.EntityType == nameof(ApplicationUser) && a.EntityId == userId) || (a.EntityType == "UserRole" && a.EntityId.StartsWith(roles)))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(Shown)
            .Select(a => new HistoryRow(a.At, a.By, a.Address, a.EntityType, a.EntityId, a.Action, a.Changes))
            .ToListAsync(ct);
    }
}
