namespace Score.Web.Domain;

/// <summary>What an enrolment may be, wherever it is made (the enrolment page, or registering an enterprise from a training).</summary>
public static class EnrolmentRules
{
    /// <summary>A class beyond this many enterprises is possible but unusual: it is confirmed first.</summary>
    public const int TypicalMaxEnterprises = 6;

    /// <summary>The largest fee in rupiah a form accepts, as for the training's costs.</summary>
    public const decimal MaxFee = 100_000_000_000m;

    public static bool FeeIsPossible(decimal? fee) => fee is null or (>= 0 and <= MaxFee);

    public static bool IsMoreThanTypical(int enterprises) => enterprises > TypicalMaxEnterprises;
}
