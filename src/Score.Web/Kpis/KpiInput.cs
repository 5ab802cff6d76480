using Score.Web.Domain;

namespace Score.Web.Kpis;

/// <summary>One KPI as typed on a baseline or a visit form.</summary>
public sealed record KpiInput
{
    public string Code { get; init; } = "";
    public decimal? Value { get; init; }
    public string? Period { get; init; }
}

/// <summary>One KPI as a form offers it: name and unit in the user's language, and the enterprise's previous value.</summary>
public sealed record KpiRow(string Code, string Name, string Unit, KpiKind Kind, decimal? Previous);
