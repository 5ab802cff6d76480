namespace Score.Web.Domain;

/// <summary>
/// The ILO programme's phases in Indonesia, as its handover release tells them: preparation (ILO funding most
/// trainings), the institutional phase (partners building their SCORE units), financial sustainability (the
/// partners organising and funding their trainings), and since 2022 the partners running SCORE on their own.
/// A phase is a period of trainings' start dates.
/// </summary>
public static class ProgrammePhases
{
    public sealed record Phase(int Number, DateOnly From, DateOnly? To)
    {
        public string ResourceKey => "Phase." + Number;
    }

    /// <summary>The whole ILO programme, 2009-2021: the period its results were reported for.</summary>
    public static readonly Phase Programme = new(9, new DateOnly(2009, 1, 1), new DateOnly(2021, 12, 31));

    public static readonly IReadOnlyList<Phase> All =
    [
        new(1, new DateOnly(2009, 1, 1), new DateOnly(2012, 12, 31)),
        new(2, new DateOnly(2013, 1, 1), new DateOnly(2016, 12, 31)),
        new(3, new DateOnly(2017, 1, 1), new DateOnly(2021, 12, 31)),
        new(4, new DateOnly(2022, 1, 1), null),
        Programme,
    ];

    public static Phase? Find(int? number) => All.FirstOrDefault(p => p.Number == number);

    /// <summary>The phase a training starting on this day belongs to (never <see cref="Programme"/>, which spans three).</summary>
    public static Phase Of(DateOnly start) => All.Where(p => p != Programme).Last(p => p.From <= start);
}
