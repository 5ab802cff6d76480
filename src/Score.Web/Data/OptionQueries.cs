using Microsoft.EntityFrameworkCore;
using Score.Web.Features.Enterprises;

namespace Score.Web.Data;

/// <summary>Dropdown lists several features share.</summary>
public static class OptionQueries
{
    /// <summary>Every partner, by short name: only programme-level users are offered it.</summary>
    public static Task<List<SelectOption>> PartnerOptionsAsync(this ScoreDbContext db, CancellationToken ct) =>
        db.Partners.OrderBy(p => p.ShortName).Select(p => new SelectOption(p.Id.ToString(), p.ShortName)).ToListAsync(ct);
}
