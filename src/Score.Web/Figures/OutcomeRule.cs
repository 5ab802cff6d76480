namespace Score.Web.Figures;

/// <summary>One enterprise's answers at one closing workshop, with when its training started.</summary>
public sealed record OutcomeAnswer(int PartnerId, int EnterpriseId, DateOnly PlannedStart, int EnrolmentId,
    bool? Productivity, bool? CostsSaved, bool? Defects, bool? Energy);

/// <summary>
/// How the workshop outcomes become shares of enterprises: each enterprise counts once, by its latest answer to that
/// question in the trainings chosen (the training that started last; of two on one day, the later enrolment). An
/// enterprise that answered at two workshops is one enterprise, as the label says; what it said last is where it stands.
/// </summary>
public static class OutcomeRule
{
    public sealed record Shares(OutcomeShare Productivity, OutcomeShare CostSavings, OutcomeShare Defects, OutcomeShare Energy);

    /// <summary>The shares over all the answers given, each enterprise once.</summary>
    public static Shares Of(IEnumerable<OutcomeAnswer> answers)
    {
        var list = answers as IReadOnlyCollection<OutcomeAnswer> ?? [.. answers];
        return new Shares(Share(list, a => a.Productivity), Share(list, a => a.CostsSaved), Share(list, a => a.Defects), Share(list, a => a.Energy));
    }

    private static OutcomeShare Share(IReadOnlyCollection<OutcomeAnswer> answers, Func<OutcomeAnswer, bool?> question)
    {
        var latest = new Dictionary<int, (DateOnly Start, int Enrolment, bool Yes)>();
        foreach (var a in answers)
        {
            if (question(a) is not { } yes)
            {
                continue;
            }
            if (!latest.TryGetValue(a.EnterpriseId, out var seen) || (a.PlannedStart, a.EnrolmentId).CompareTo((seen.Start, seen.Enrolment)) > 0)
            {
                latest[a.EnterpriseId] = (a.PlannedStart, a.EnrolmentId, yes);
            }
        }
        return new OutcomeShare(latest.Count, latest.Values.Count(v => v.Yes));
    }
}
