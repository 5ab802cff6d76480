using Score.Web.Figures;
using Score.Web.Queries;

namespace Score.Web.Features.Dashboard;

/// <summary>The dashboard's filters as the URL carries them; a year (and quarter) wins over a programme phase, which wins over from and to.</summary>
public sealed record DashboardFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int? Year { get; init; }
    public int? Quarter { get; init; }

    /// <summary>A phase of the ILO programme (<see cref="Domain.ProgrammePhases"/>).</summary>
    public int? Phase { get; init; }
    public int? Partner { get; init; }
    public string? Province { get; init; }
    public int? Module { get; init; }
    public int? Variant { get; init; }

    /// <summary>Only trainings a reviewer approved.</summary>
    public bool Approved { get; init; }

    /// <remarks>A year outside 1900-2999, typed into the URL, is ignored rather than failing the page.</remarks>
    public (DateOnly? From, DateOnly? To) Period() => Year is { } year and >= 1900 and <= 2999
        ? Quarter is { } q and >= 1 and <= 4
            ? (new DateOnly(year, ((q - 1) * 3) + 1, 1), new DateOnly(year, ((q - 1) * 3) + 1, 1).AddMonths(3).AddDays(-1))
            : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
        : Domain.ProgrammePhases.Find(Phase) is { } phase ? (phase.From, phase.To) : (From, To);

    public FigureFilter ToFigures()
    {
        var (from, to) = Period();
        return new FigureFilter(from, to, Partner, string.IsNullOrEmpty(Province) ? null : Province, Module, Variant) { ApprovedOnly = Approved };
    }

    /// <summary>The query string of the filters (as chosen, not as resolved), for links and exports.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Query()
    {
        var iso = System.Globalization.CultureInfo.InvariantCulture;
        if (From is { } from) { yield return new("from", from.ToString("yyyy-MM-dd", iso)); }
        if (To is { } to) { yield return new("to", to.ToString("yyyy-MM-dd", iso)); }
        if (Year is { } year) { yield return new("year", year.ToString(iso)); }
        if (Quarter is { } quarter) { yield return new("quarter", quarter.ToString(iso)); }
        if (Phase is { } phase) { yield return new("phase", phase.ToString(iso)); }
        if (Partner is { } partner) { yield return new("partner", partner.ToString(iso)); }
        if (!string.IsNullOrEmpty(Province)) { yield return new("province", Province); }
        if (Module is { } module) { yield return new("module", module.ToString(iso)); }
        if (Approved) { yield return new("approved", "true"); }
        if (Variant is { } variant) { yield return new("variant", variant.ToString(iso)); }
    }
}

public sealed record DashboardOptions(
    IReadOnlyList<SelectOption> Partners, IReadOnlyList<SelectOption> Provinces, IReadOnlyList<SelectOption> Modules, IReadOnlyList<SelectOption> Variants, IReadOnlyList<int> Years);

public sealed record DashboardView(
    DashboardFilter Filter, DashboardOptions Options, bool IsProgramme, string? PartnerName, int ActivePartners,
    ProgrammeFigures Figures, CompletionFigures Completion, int OverdueEnterprises, IReadOnlyList<KpiChange> KpiChanges,
    IReadOnlyList<QuarterFigures> Quarters, IReadOnlyList<ModuleFigures> Modules, PartnerActions? Actions, DateTimeOffset ComputedAt);
