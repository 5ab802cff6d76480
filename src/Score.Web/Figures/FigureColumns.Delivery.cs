using Score.Web.Domain;

namespace Score.Web.Figures;

/// <summary>A dashboard's delivery figures from the in-memory facts: the same as <see cref="DeliveryFigureQueries"/> and the KPI medians computed in PostgreSQL.</summary>
public sealed record DeliveryFigures(
    CompletionFigures Completion, IReadOnlyDictionary<int, int> CompletedByModule, IReadOnlyList<QuarterFigures> Quarters,
    IReadOnlyDictionary<int, (int Trainings, int Enterprises, int People)> Modules, int Overdue, IReadOnlyList<KpiOutcome> Kpis);

public sealed partial class FigureColumns
{
    /// <summary>
    /// Completion per module and in all (delivered trainings), trainings, distinct enterprises and people per quarter and
    /// per module (trainings not cancelled), enterprises with a visit overdue on <paramref name="today"/>, and each KPI's
    /// enterprises measured, improved and median change (delivered trainings; percentile_cont's interpolation).
    /// </summary>
    public DeliveryFigures Delivery(FigureFilter filter, bool none, DateOnly today, IReadOnlySet<string> higherIsBetter)
    {
        var chosen = Chosen(filter, none);
        var quarterTrainings = new SortedDictionary<(int Year, int Quarter), int>();
        var moduleTrainings = new Dictionary<int, int>();
        for (var i = 0; i < Trainings.Length; i++)
        {
            var t = Trainings[i];
            if (chosen[i] && t.Status != TrainingStatus.Cancelled)
            {
                quarterTrainings[QuarterOf(t.PlannedStart)] = quarterTrainings.GetValueOrDefault(QuarterOf(t.PlannedStart)) + 1;
                moduleTrainings[t.Module] = moduleTrainings.GetValueOrDefault(t.Module) + 1;
            }
        }

        var (participants, completers, closed, closedCompleted, enterprisesCompleted, overdue) = (0, 0, 0, 0, 0, 0);
        var completedByModule = new Dictionary<int, int>();
        var quarterEnterprises = new Dictionary<(int, int), int>();
        var moduleEnterprises = new Dictionary<int, int>();
        var quarters = new List<(int, int)>();
        var modules = new List<int>();
        var completedModules = new List<int>();
        var start = 0;
        while (start < Enrolments.Length)
        {
            var enterprise = Enrolments[start].EnterpriseId;
            var end = start;
            var completedAny = false;
            quarters.Clear();
            modules.Clear();
            completedModules.Clear();
            for (; end < Enrolments.Length && Enrolments[end].EnterpriseId == enterprise; end++)
            {
                var i = EnrolmentTraining[end];
                if (i < 0 || !chosen[i])
                {
                    continue;
                }
                var (e, t) = (Enrolments[end], Trainings[i]);
                if (IsVisiting[(int)t.Status] && e.VisitDays < e.PlannedConsultations
                    && VisitSchedule.NextDue(e.LastClassroomDay, e.VisitDays, e.PlannedConsultations, e.ConsultationWindowDays) < today)
                {
                    overdue++;
                }
                if (t.Status == TrainingStatus.Cancelled)
                {
                    continue;
                }
                AddOnce(quarters, QuarterOf(t.PlannedStart));
                AddOnce(modules, t.Module);
                if (!IsDelivered[(int)t.Status])
                {
                    continue;
                }
                participants += e.Participants;
                completers += e.Completers;
                completedByModule.TryAdd(t.Module, 0); // a module delivered is in the breakdown, completed or not
                if (t.Status == TrainingStatus.Completed)
                {
                    closed++;
                    closedCompleted += e.Completed ? 1 : 0;
                }
                if (e.Completed)
                {
                    completedAny = true;
                    AddOnce(completedModules, t.Module);
                }
            }
            enterprisesCompleted += completedAny ? 1 : 0;
            Count(quarterEnterprises, quarters);
            Count(moduleEnterprises, modules);
            Count(completedByModule, completedModules);
            start = end;
        }

        var (quarterPeople, modulePeople) = People(chosen);
        return new DeliveryFigures(
            new CompletionFigures(participants, completers, closed, closedCompleted, enterprisesCompleted),
            completedByModule,
            [.. quarterTrainings.Select(q => new QuarterFigures(q.Key.Year, q.Key.Quarter, q.Value, quarterEnterprises.GetValueOrDefault(q.Key), quarterPeople.GetValueOrDefault(q.Key)))],
            moduleTrainings.Keys.Union(moduleEnterprises.Keys).Union(modulePeople.Keys)
                .ToDictionary(m => m, m => (moduleTrainings.GetValueOrDefault(m), moduleEnterprises.GetValueOrDefault(m), modulePeople.GetValueOrDefault(m))),
            overdue,
            KpiOutcomes(chosen, higherIsBetter));
    }

    private static (int Year, int Quarter) QuarterOf(DateOnly day) => (day.Year, ((day.Month - 1) / 3) + 1);

    private static void AddOnce<T>(List<T> list, T value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    private static void Count<T>(Dictionary<T, int> counts, List<T> keys) where T : notnull
    {
        foreach (var key in keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>Distinct people per quarter and per module of the trainings not cancelled: a person's facts lie together.</summary>
    private (Dictionary<(int, int), int> Quarters, Dictionary<int, int> Modules) People(bool[] chosen)
    {
        var byQuarter = new Dictionary<(int, int), int>();
        var byModule = new Dictionary<int, int>();
        var quarters = new List<(int, int)>();
        var modules = new List<int>();
        var start = 0;
        while (start < Participants.Length)
        {
            var person = Participants[start].PersonId;
            var end = start;
            quarters.Clear();
            modules.Clear();
            for (; end < Participants.Length && Participants[end].PersonId == person; end++)
            {
                var i = ParticipantTraining[end];
                if (i < 0 || !chosen[i] || Trainings[i].Status == TrainingStatus.Cancelled)
                {
                    continue;
                }
                AddOnce(quarters, QuarterOf(Trainings[i].PlannedStart));
                AddOnce(modules, Trainings[i].Module);
            }
            Count(byQuarter, quarters);
            Count(byModule, modules);
            start = end;
        }
        return (byQuarter, byModule);
    }

    /// <summary>Per KPI over the delivered chosen trainings: measurements, those improved, and the median as PostgreSQL's percentile_cont(0.5) gives it.</summary>
    private List<KpiOutcome> KpiOutcomes(bool[] chosen, IReadOnlySet<string> higherIsBetter)
    {
        var outcomes = new List<KpiOutcome>();
        var values = new List<double>();
        var start = 0;
        while (start < Kpis.Length)
        {
            var code = Kpis[start].Code;
            var end = start;
            var improved = 0;
            var higher = higherIsBetter.Contains(code);
            values.Clear();
            for (; end < Kpis.Length && Kpis[end].Code == code; end++)
            {
                var i = KpiTraining[end];
                if (i < 0 || !chosen[i] || !IsDelivered[(int)Trainings[i].Status])
                {
                    continue;
                }
                var change = Kpis[end].ChangePercent;
                values.Add(change);
                improved += (higher ? change > 0 : change < 0) ? 1 : 0;
            }
            if (values.Count > 0)
            {
                values.Sort();
                var position = 0.5 * (values.Count - 1);
                var (first, second) = ((int)Math.Floor(position), (int)Math.Ceiling(position));
                var median = first == second ? values[first] : values[first] + ((position - first) * (values[second] - values[first]));
                outcomes.Add(new KpiOutcome(code, values.Count, improved, median));
            }
            start = end;
        }
        return outcomes;
    }
}
