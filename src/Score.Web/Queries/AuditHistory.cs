using Microsoft.EntityFrameworkCore;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Queries;

/// <summary>One change of a record as the history shows it: who, when, from where, what changed.</summary>
public sealed record HistoryRow(DateTimeOffset At, string By, string? Address, string EntityType, string EntityId, AuditAction Action, IReadOnlyDictionary<string, string?[]> Changes)
{
    /// <summary>What the record is called on the page ("CV Maju", a date), when a history mixes several records.</summary>
    public string? Subject { get; init; }
}

public static class HistoryRows
{
    /// <summary>Names the rows of one kind of record by their id, for a history that mixes several.</summary>
    public static IReadOnlyList<HistoryRow> Named(this IReadOnlyList<HistoryRow> rows, string entityType, IReadOnlyDictionary<int, string> names) =>
        [.. rows.Select(r => r.EntityType == entityType && int.TryParse(r.EntityId, System.Globalization.CultureInfo.InvariantCulture, out var id) && names.TryGetValue(id, out var name)
            ? r with { Subject = name } : r)];
}

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

    /// <summary>The trail of several records read together (a training with its days and enrolments, a visit with its values), newest first.</summary>
    public async Task<IReadOnlyList<HistoryRow>> OfRecordsAsync(IReadOnlyDictionary<string, IReadOnlyCollection<int>> recordsByType, CancellationToken ct)
    {
        var records = recordsByType.SelectMany(r => r.Value.Select(id => (Type: r.Key, Id: id.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        if (records.Count == 0)
        {
            return [];
        }
        var types = records.Select(r => r.Type).ToArray();
        var ids = records.Select(r => r.Id).ToArray();
        // One statement of one shape however many kinds and records (no query built and compiled anew per page);
        // each (type, id) pair is a lookup in the (entity_type, entity_id) index.
        return await db.AuditEntries
            .FromSql($"SELECT a.* FROM audit_entries a JOIN unnest({types}::text[], {ids}::text[]) AS r(entity_type, entity_id) ON a.entity_type = r.entity_type AND a.entity_id = r.entity_id")
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
