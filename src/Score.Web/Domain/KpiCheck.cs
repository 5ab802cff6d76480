namespace Score.Web.Domain;

/// <summary>
/// Plausibility of KPI values: a share lies within 0-100, counts and amounts are not negative
/// and counts are whole; a value more than ten times, or less than a tenth of, the previous one
/// is likely a typing slip (an extra zero, a unit mixed up) and asks for confirmation.
/// </summary>
public static class KpiCheck
{
    public enum Problem
    {
        None,
        PercentOutOfRange,
        Negative,
        NotWhole,
        TooLarge,
    }

    /// <summary>The largest value a KPI can hold (its column is numeric(18,4)); no enterprise's figure comes near it.</summary>
    public const decimal MaxValue = 99_999_999_999_999m;

    public static Problem Validate(KpiKind kind, decimal value) => kind switch
    {
        _ when value > MaxValue => Problem.TooLarge,
        KpiKind.Percent when value is < 0 or > 100 => Problem.PercentOutOfRange,
        _ when value < 0 => Problem.Negative,
        KpiKind.Count when value != decimal.Truncate(value) => Problem.NotWhole,
        _ => Problem.None,
    };

    public static bool IsImplausibleJump(decimal? previous, decimal value) =>
        previous is > 0 && (value > previous * 10 || value < previous / 10);
}
