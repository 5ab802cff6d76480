namespace Score.Web.Domain;

public enum KpiKind
{
    /// <summary>A share, 0 to 100.</summary>
    Percent = 0,
    /// <summary>A whole number, not negative.</summary>
    Count = 1,
    /// <summary>An amount in rupiah, not negative.</summary>
    Rupiah = 2,
    /// <summary>Any measure that cannot be negative (output per worker-hour, kWh).</summary>
    Measure = 3,
}

/// <summary>A numeric key performance indicator SCORE enterprises track, with its unit and period.</summary>
public sealed class Kpi
{
    public string Code { get; set; } = "";
    public int SortOrder { get; set; }
    public string NameEn { get; set; } = "";
    public string NameId { get; set; } = "";
    public string UnitEn { get; set; } = "";
    public string UnitId { get; set; } = "";
    public KpiKind Kind { get; set; }
}

/// <summary>A good practice of a module's checklist, answered yes or no at the baseline.</summary>
public sealed class ChecklistItem
{
    public int Id { get; set; }
    public int ModuleNumber { get; set; }
    public string TextEn { get; set; } = "";
    public string TextId { get; set; } = "";
}

public sealed class ChecklistAnswer
{
    public int EnrolmentId { get; set; }
    public int ChecklistItemId { get; set; }
    public bool InPlace { get; set; }
}

/// <summary>A KPI value of an enrolled enterprise: at the baseline (no consultation) or collected at a visit.</summary>
public sealed class KpiValue : AuditedEntity
{
    public int Id { get; set; }
    public int EnrolmentId { get; set; }
    public int? ConsultationId { get; set; }
    public string KpiCode { get; set; } = "";
    public decimal Value { get; set; }
    public string? Period { get; set; }
    public DateOnly MeasuredOn { get; set; }
}

/// <summary>Which way a KPI moves when an enterprise improves.</summary>
public static class KpiDirection
{
    /// <summary>KPIs where a rise is an improvement; for every other KPI (rejects, costs, energy, absenteeism, turnover, accidents) a fall is.</summary>
    /// <remarks>The KPI outcomes apply it in SQL (<see cref="Figures.ProgrammeFigureQueries.KpiOutcomesAsync"/>) and the results report's method section states it.</remarks>
    public static readonly IReadOnlyList<string> HigherIsBetter = ["output_per_worker_hour", "suggestions_made", "suggestions_implemented", "cost_savings"];
}
