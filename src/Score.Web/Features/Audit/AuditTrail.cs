using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Queries;

namespace Score.Web.Features.Audit;

public sealed record AuditQuery
{
    public string? By { get; init; }
    public string? Type { get; init; }
    public int? Partner { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Page { get; init; } = 1;
}

public sealed record AuditPage(AuditQuery Query, IReadOnlyList<HistoryRow> Rows, int Total, IReadOnlyList<string> Types, IReadOnlyList<SelectOption> Partners)
{
    public int Pages => Math.Max(1, (Total + AuditTrail.PageSize - 1) / AuditTrail.PageSize);
}

/// <summary>The whole trail for administrators: filtered by user, partner, kind of record and date, and exported. Read only.</summary>
public sealed class AuditTrail(ScoreDbContext db, PartnerScope scope)
{
    public const int PageSize = 50;

    public const int MaxExport = 10_000;

    private IQueryable<AuditEntry> Filtered(AuditQuery q)
    {
        var entries = db.AuditEntries.AsQueryable();
        if (!string.IsNullOrWhiteSpace(q.By))
        {
            var pattern = "%" + SearchPattern.Escape(q.By.Trim()) + "%";
            entries = entries.Where(a => EF.Functions.ILike(a.By, pattern, SearchPattern.EscapeCharacter));
        }
        if (!string.IsNullOrWhiteSpace(q.Type))
        {
            entries = entries.Where(a => a.EntityType == q.Type);
        }
        if (q.Partner is { } partner)
        {
            entries = entries.Where(a => a.PartnerId == partner);
        }
        if (q.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.At >= start);
        }
        if (q.To is { } to && to < DateOnly.MaxValue)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.At < end);
        }
        return entries;
    }

    public async Task<AuditPage?> ListAsync(AuditQuery query, CancellationToken ct)
    {
        if (!scope.IsAdministrator)
        {
            return null;
        }
        var entries = Filtered(query);
        var total = await entries.CountAsync(ct);
        var page = Paging.Clamp(query.Page, total, PageSize);
        var rows = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new HistoryRow(a.At, a.By, a.Address, a.EntityType, a.EntityId, a.Action, a.Changes)).ToListAsync(ct);
        var types = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        return new AuditPage(query with { Page = page }, rows, total, types, await db.PartnerOptionsAsync(ct));
    }

    /// <summary>The filtered trail as CSV (newest first, at most <see cref="MaxExport"/> entries); null for anyone but an administrator.</summary>
    public async Task<byte[]?> ExportAsync(AuditQuery query, CancellationToken ct)
    {
        if (!scope.IsAdministrator)
        {
            return null;
        }
        var rows = await Filtered(query).OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(MaxExport).ToListAsync(ct);
        return Spreadsheet.Write(
            [.. rows.Select(a => new Dictionary<string, object?>
            {
                ["at"] = a.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                ["by"] = a.By,
                ["address"] = a.Address,
                ["record"] = a.EntityType,
                ["id"] = a.EntityId,
                ["partner"] = a.PartnerId,
                ["action"] = a.Action.ToString(),
                ["changes"] = string.Join("; ", a.Changes.Select(c => $"{c.Key}: {c.Value[0]} -> {c.Value[1]}")),
            })],
            ["at", "by", "address", "record", "id", "partner", "action", "changes"], csv: true);
    }
}
