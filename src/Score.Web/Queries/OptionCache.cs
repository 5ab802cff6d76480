using System.Collections.Concurrent;
using Score.Web.Data;

namespace Score.Web.Queries;

/// <summary>
/// The filters' dropdown lists (provinces, sectors, partners), read once and kept until the reference
/// data or the partners change, and at most five minutes (another app instance may have changed them).
/// </summary>
public sealed class OptionCache(ReferenceDataVersion version, TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (long Version, DateTimeOffset Read, List<SelectOption> Options)> lists = new(StringComparer.Ordinal);

    public Task<List<SelectOption>> ProvincesAsync(ScoreDbContext db, CancellationToken ct) => GetAsync("provinces", () => db.ProvinceOptionsAsync(ct));

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
