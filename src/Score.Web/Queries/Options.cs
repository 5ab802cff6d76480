using Microsoft.EntityFrameworkCore;
using Score.Web.Data;

namespace Score.Web.Queries;

/// <summary>One choice of a dropdown: the value posted and the text shown.</summary>
public sealed record SelectOption(string Value, string Text);

/// <summary>The dropdown lists that several features offer, each read from the reference data.</summary>
public static class OptionQueries
{
    /// <summary>Every partner, by short name: only programme-level users are offered it.</summary>
    public static Task<List<SelectOption>> PartnerOptionsAsync(this ScoreDbContext db, CancellationToken ct) =>
        db.Partners.OrderBy(p => p.ShortName).Select(p => new SelectOption(p.Id.ToString(), p.ShortName)).ToListAsync(ct);

    public static Task<List<SelectOption>> ProvinceOptionsAsync(this ScoreDbContext db, CancellationToken ct) =>
        db.Provinces.OrderBy(p => p.Name).Select(p => new SelectOption(p.Code, p.Name)).ToListAsync(ct);

    public static Task<List<SelectOption>> RegencyOptionsAsync(this ScoreDbContext db, string? provinceCode, CancellationToken ct) =>
        db.Regencies.Where(r => r.ProvinceCode == provinceCode).OrderBy(r => r.Name)
            .Select(r => new SelectOption(r.Code, r.Name)).ToListAsync(ct);

    public static Task<List<SelectOption>> SectorOptionsAsync(this ScoreDbContext db, bool indonesian, CancellationToken ct) =>
        db.Sectors.OrderBy(s => s.Id).Select(s => new SelectOption(s.Id.ToString(), indonesian ? s.NameId : s.NameEn)).ToListAsync(ct);

    public static Task<List<SelectOption>> ModuleOptionsAsync(this ScoreDbContext db, bool indonesian, CancellationToken ct) =>
        db.Modules.OrderBy(m => m.Number).Select(m => new SelectOption(m.Number.ToString(), indonesian ? m.NameId : m.NameEn)).ToListAsync(ct);

    public static Task<List<SelectOption>> PartnerKindOptionsAsync(this ScoreDbContext db, bool indonesian, CancellationToken ct) =>
        db.PartnerKinds.OrderBy(k => k.Id).Select(k => new SelectOption(k.Id.ToString(), indonesian ? k.NameId : k.NameEn)).ToListAsync(ct);
}
