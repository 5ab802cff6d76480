using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Score.Web.Data;

namespace Score.Web.Queries;

/// <summary>
/// The filters' dropdown lists (provinces, sectors, partners), read once and kept until the reference
/// data, the partners or an enterprise's province change, and at most five minutes (another app instance may have changed them).
/// </summary>
public sealed class OptionCache(ReferenceDataVersion version, TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (long Version, DateTimeOffset Read, List<SelectOption> Options)> lists = new(StringComparer.Ordinal);

    public Task<List<SelectOption>> ProvincesAsync(ScoreDbContext db, CancellationToken ct) => GetAsync("provinces", () => db.ProvinceOptionsAsync(ct));

    /// <summary>The provinces the partner's live enterprises are in: a partner works in a few of the 38.</summary>
    public Task<List<SelectOption>> ProvincesOfPartnerAsync(ScoreDbContext db, int partnerId, CancellationToken ct) =>
        GetAsync("provinces.partner." + partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture), () => db.Provinces
            .Where(p => db.Enterprises.Any(e => e.PartnerId == partnerId && e.DeletedAt == null && e.ProvinceCode == p.Code))
            .OrderBy(p => p.Name).Select(p => new SelectOption(p.Code, p.Name)).ToListAsync(ct));

    public Task<List<SelectOption>> SectorsAsync(ScoreDbContext db, bool indonesian, CancellationToken ct) =>
        GetAsync(indonesian ? "sectors.id" : "sectors.en", () => db.SectorOptionsAsync(indonesian, ct));

    public Task<List<SelectOption>> PartnersAsync(ScoreDbContext db, CancellationToken ct) => GetAsync("partners", () => db.PartnerOptionsAsync(ct));

    private async Task<List<SelectOption>> GetAsync(string key, Func<Task<List<SelectOption>>> read)
    {
        var now = clock.GetUtcNow();
        var current = version.Current;
        if (lists.TryGetValue(key, out var kept) && kept.Version == current && now - kept.Read < KeptFor)
        {
            return kept.Options;
        }
        var options = await read();
        lists[key] = (current, now, options);
        return options;
    }
}
