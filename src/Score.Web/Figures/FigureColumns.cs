using Score.Web.Domain;

namespace Score.Web.Figures;

/// <summary>Where the log of rebuilds ends, and the token of the entry a held version was read at (null when gone).</summary>
internal readonly record struct FigureLogPosition(long Version, Guid Token, Guid? HeldToken);

/// <summary>
/// One immutable version of the figure facts (see <see cref="FigureSnapshot"/>) and the programme's figures computed
/// from it by scans: the same figures, by the same rules, as <see cref="ProgrammeFigureQueries.ComputeInDatabaseAsync"/>.
/// </summary>
public sealed partial class FigureColumns
{
    public sealed record Training(
        int Id, int PartnerId, int Module, int? VariantId, string ProvinceCode, DateOnly PlannedStart, TrainingStatus Status, ReviewState ReviewState,
        FundingSource Funding, decimal TotalCost, decimal FeesCollected, decimal SponsorContribution);

    /// <summary>An enrolment fact; answers are -1 (none), 0 (no) or 1 (yes).</summary>
    public readonly record struct Enrolment(
        int EnrolmentId, int TrainingId, int EnterpriseId, string EnterpriseProvinceCode, int WorkersWomen, int WorkersMen, int Consultations,
        int PlannedConsultations, decimal CostsSavedRupiah, sbyte Productivity, sbyte CostsSaved, sbyte Defects, sbyte Energy,
        int Participants, int Completers, bool Completed, int VisitDays, int ConsultationWindowDays, DateOnly? LastClassroomDay)
    {
        public sbyte Answer(int question) => question switch { 0 => Productivity, 1 => CostsSaved, 2 => Defects, _ => Energy };
    }

    public readonly record struct Participant(int TrainingId, int PersonId, Sex Sex, PersonPosition Position);

    /// <summary>A KPI's change from baseline to the latest visit, of one enrolment.</summary>
    public readonly record struct Kpi(int TrainingId, string Code, double ChangePercent);

    private const int Questions = 4;

    /// <summary><see cref="TrainingStatusRules.Delivered"/> and <see cref="VisitSchedule.VisitingStatuses"/> by status, for the scans' inner loops.</summary>
    private static readonly bool[] IsDelivered = StatusTable(TrainingStatusRules.Delivered);
    private static readonly bool[] IsVisiting = StatusTable(VisitSchedule.VisitingStatuses);

    private static bool[] StatusTable(IReadOnlyList<TrainingStatus> statuses)
    {
        var table = new bool[Enum.GetValues<TrainingStatus>().Max(s => (int)s) + 1];
        foreach (var status in statuses)
        {
            table[(int)status] = true;
        }
        return table;
    }

    private FigureColumns(long version, Guid token, Dictionary<string, string> provinces, Training[] trainings, Enrolment[] enrolments, Participant[] participants, Kpi[] kpis)
    {
        Kpis = kpis;
        Version = version;
        Token = token;
        Provinces = provinces;
        Trainings = trainings;
        Enrolments = enrolments;
        Participants = participants;
        var index = new Dictionary<int, int>(trainings.Length);
        for (var i = 0; i < trainings.Length; i++)
        {
            index[trainings[i].Id] = i;
        }
        // A fact whose training is gone (deleted since the rebuild) points nowhere and is never counted.
        EnrolmentTraining = Array.ConvertAll(enrolments, e => index.GetValueOrDefault(e.TrainingId, -1));
        ParticipantTraining = Array.ConvertAll(participants, p => index.GetValueOrDefault(p.TrainingId, -1));
        KpiTraining = Array.ConvertAll(kpis, k => index.GetValueOrDefault(k.TrainingId, -1));
        // Rows and their indexes to the trainings; strings are shared codes.
        Bytes = (trainings.Length * 120L) + (enrolments.Length * 84L) + (participants.Length * 20L) + (kpis.Length * 28L);
    }

    public long Version { get; }
    public Guid Token { get; }
    public long Bytes { get; }
    public Dictionary<string, string> Provinces { get; }
    public Training[] Trainings { get; }

    /// <summary>Ordered by enterprise, then its latest training first (start, then enrolment, descending).</summary>
    public Enrolment[] Enrolments { get; }

    /// <summary>Ordered by person.</summary>
    public Participant[] Participants { get; }

    /// <summary>Ordered by KPI code.</summary>
    public Kpi[] Kpis { get; }

    private int[] EnrolmentTraining { get; }
    private int[] ParticipantTraining { get; }
    private int[] KpiTraining { get; }

    internal bool IsAt(FigureLogPosition latest) => latest.Version == Version && latest.Token == Token;

    public static FigureColumns Build(long version, Guid token, Dictionary<string, string> provinces,
        List<Training> trainings, List<Enrolment> enrolments, List<Participant> participants, List<Kpi> kpis)
    {
        var starts = trainings.ToDictionary(t => t.Id, t => t.PlannedStart);
        var orderedEnrolments = enrolments
            .OrderBy(e => e.EnterpriseId)
            .ThenByDescending(e => starts.GetValueOrDefault(e.TrainingId)).ThenByDescending(e => e.EnrolmentId)
            .ToArray();
        var orderedParticipants = participants.OrderBy(p => p.PersonId).ToArray();
        return new FigureColumns(version, token, provinces, [.. trainings.OrderBy(t => t.Id)], orderedEnrolments, orderedParticipants,
            [.. kpis.OrderBy(k => k.Code, StringComparer.Ordinal)]);
    }

    /// <summary>This version with the rows of <paramref name="changed"/> trainings replaced by those read again.</summary>
    public FigureColumns With(long version, Guid token, HashSet<int> changed,
        List<Training> trainings, List<Enrolment> enrolments, List<Participant> participants, List<Kpi> kpis) =>
        Build(version, token, Provinces,
            [.. Trainings.Where(t => !changed.Contains(t.Id)), .. trainings],
            [.. Enrolments.Where(e => !changed.Contains(e.TrainingId)), .. enrolments],
            [.. Participants.Where(p => !changed.Contains(p.TrainingId)), .. participants],
            [.. Kpis.Where(k => !changed.Contains(k.TrainingId)), .. kpis]);

    /// <summary>Which trainings a filter chooses; <paramref name="none"/> chooses none (staff asking for another partner).</summary>
    internal bool[] Chosen(FigureFilter filter, bool none)
    {
        var chosen = new bool[Trainings.Length];
        if (none)
        {
            return chosen;
        }
        var province = string.IsNullOrEmpty(filter.ProvinceCode) ? null : filter.ProvinceCode;
        for (var i = 0; i < Trainings.Length; i++)
        {
            var t = Trainings[i];
            chosen[i] = (filter.From is not { } from || t.PlannedStart >= from) && (filter.To is not { } to || t.PlannedStart <= to)
                        && (filter.PartnerId is not { } partner || t.PartnerId == partner) && (province is null || t.ProvinceCode == province)
                        && (filter.Module is not { } module || t.Module == module) && (filter.VariantId is not { } variant || t.VariantId == variant)
                        && (!filter.ApprovedOnly || t.ReviewState == ReviewState.Approved);
        }
        return chosen;
    }

    private sealed class PartnerSums
    {
        public int Enterprises;
        public int Done;
        public int Planned;
        public decimal Saved;
        public int WorkersWomen;
        public int WorkersMen;
        public readonly int[] Answered = new int[Questions];
        public readonly int[] Yes = new int[Questions];
        public readonly Dictionary<(Sex, PersonPosition), int> People = [];

        public OutcomeRule.Shares Shares() => new(new(Answered[0], Yes[0]), new(Answered[1], Yes[1]), new(Answered[2], Yes[2]), new(Answered[3], Yes[3]));
    }

    /// <summary>The programme's figures for the filter, named partners as <paramref name="partners"/> gives them (id, short name, name, lead).</summary>
    public ProgrammeFigures Compute(FigureFilter filter, bool none, IReadOnlyDictionary<int, (string ShortName, string Name, bool IsLead)> partners)
    {
        var chosen = Chosen(filter, none);
        var byModule = new Dictionary<(int Partner, int Module, TrainingStatus Status), int>();
        var funding = new Dictionary<(int Partner, FundingSource Funding), (int Count, decimal Cost, decimal Fees, decimal Sponsor)>();
        var venues = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Trainings.Length; i++)
        {
            if (!chosen[i])
            {
                continue;
            }
            var t = Trainings[i];
            byModule[(t.PartnerId, t.Module, t.Status)] = byModule.GetValueOrDefault((t.PartnerId, t.Module, t.Status)) + 1;
            if (IsDelivered[(int)t.Status])
            {
                venues[t.ProvinceCode] = venues.GetValueOrDefault(t.ProvinceCode) + 1;
            }
            if (t.Status == TrainingStatus.Cancelled)
            {
                continue;
            }
            var sums = funding.GetValueOrDefault((t.PartnerId, t.Funding));
            funding[(t.PartnerId, t.Funding)] = (sums.Count + 1, sums.Cost + t.TotalCost, sums.Fees + t.FeesCollected, sums.Sponsor + t.SponsorContribution);
        }
        var active = new bool[Trainings.Length];
        for (var i = 0; i < Trainings.Length; i++)
        {
            active[i] = chosen[i] && Trainings[i].Status != TrainingStatus.Cancelled;
        }

        var byPartner = new Dictionary<int, PartnerSums>();
        PartnerSums Of(int partnerId) => byPartner.TryGetValue(partnerId, out var s) ? s : byPartner[partnerId] = new PartnerSums();
        var total = new PartnerSums();
        var enterprisesByProvince = new Dictionary<string, int>(StringComparer.Ordinal);
        EnterpriseRuns(active, Of, total, enterprisesByProvince);
        var peopleBySex = PersonRuns(active, Of);

        HeadlineFigures Headline(int partnerId)
        {
            var s = byPartner.GetValueOrDefault(partnerId) ?? new PartnerSums();
            var money = funding.Where(f => f.Key.Partner == partnerId).ToList();
            return new HeadlineFigures
            {
                Trainings = money.Sum(f => f.Value.Count),
                TrainingsCompleted = byModule.Where(x => x.Key.Partner == partnerId && x.Key.Status == TrainingStatus.Completed).Sum(x => x.Value),
                Enterprises = s.Enterprises,
                Women = s.People.Where(p => p.Key.Item1 == Sex.Female).Sum(p => p.Value),
                Men = s.People.Where(p => p.Key.Item1 == Sex.Male).Sum(p => p.Value),
                WorkersWomen = s.WorkersWomen,
                WorkersMen = s.WorkersMen,
                ConsultationsDone = s.Done,
                ConsultationsPlanned = s.Planned,
                PartnerFunded = money.Where(f => f.Key.Funding != FundingSource.IloOrDonor).Sum(f => f.Value.Count),
                TotalCost = money.Sum(f => f.Value.Cost),
                FeesCollected = money.Sum(f => f.Value.Fees),
                SponsorContribution = money.Where(f => !CostRecovery.IsDonorMoney(f.Key.Funding)).Sum(f => f.Value.Sponsor),
                DonorContribution = money.Where(f => CostRecovery.IsDonorMoney(f.Key.Funding)).Sum(f => f.Value.Sponsor),
                Productivity = s.Shares().Productivity,
                CostSavings = s.Shares().CostSavings,
                Defects = s.Shares().Defects,
                Energy = s.Shares().Energy,
                CostsSavedRupiah = s.Saved,
            };
        }

        var named = byModule.Keys.Select(k => k.Partner).Distinct().Where(partners.ContainsKey)
            .OrderByDescending(id => partners[id].IsLead).ThenBy(id => partners[id].ShortName, StringComparer.Ordinal)
            .Select(id => new PartnerFigures(id, partners[id].ShortName, partners[id].Name, Headline(id)))
            .ToList();
        var f = named.Select(p => p.Figures).ToList();
        var totals = HeadlineFigures.Programme(f, total.Enterprises, peopleBySex.GetValueOrDefault(Sex.Female), peopleBySex.GetValueOrDefault(Sex.Male),
            total.WorkersWomen, total.WorkersMen, total.Shares());
        var provinces = enterprisesByProvince.Keys.Union(venues.Keys)
            .Select(code => new ProvinceCount(code, Provinces.GetValueOrDefault(code, code), enterprisesByProvince.GetValueOrDefault(code), venues.GetValueOrDefault(code)));
        return new ProgrammeFigures(
            totals,
            named,
            [.. byModule.GroupBy(x => (x.Key.Module, x.Key.Status)).Select(g => new ModuleStatusCount(g.Key.Module, g.Key.Status, g.Sum(x => x.Value)))
                .OrderBy(x => x.Module).ThenBy(x => x.Status)],
            [.. provinces.OrderByDescending(p => p.Enterprises).ThenByDescending(p => p.Trainings).ThenBy(p => p.Name, StringComparer.Ordinal)],
            [.. byPartner.Where(p => partners.ContainsKey(p.Key)).SelectMany(p => p.Value.People).GroupBy(p => p.Key)
                .Select(g => new PeopleCount(g.Key.Item1, g.Key.Item2, g.Sum(x => x.Value))).OrderBy(p => p.Position).ThenBy(p => p.Sex)],
            [.. funding.GroupBy(x => x.Key.Funding).Select(g => new FundingCount(g.Key, g.Sum(x => x.Value.Count), g.Sum(x => x.Value.Cost), g.Sum(x => x.Value.Fees), g.Sum(x => x.Value.Sponsor)))
                .OrderBy(x => x.Source)]);
    }

    /// <summary>
    /// One pass over the enrolment facts, an enterprise's facts together and its latest first: an enterprise counts once
    /// (in the programme and in each partner that reached it), with its largest recorded workforce, in each province it is
    /// recorded in, and by its latest answer to each question (<see cref="OutcomeRule"/>).
    /// </summary>
    private void EnterpriseRuns(bool[] active, Func<int, PartnerSums> of, PartnerSums total, Dictionary<string, int> byProvince)
    {
        var partnersInRun = new List<(int Partner, int Women, int Men, int Answered)>();
        var provincesInRun = new List<string>();
        var start = 0;
        while (start < Enrolments.Length)
        {
            var enterprise = Enrolments[start].EnterpriseId;
            var end = start;
            var (women, men, answered, any) = (0, 0, 0, false);
            partnersInRun.Clear();
            provincesInRun.Clear();
            for (; end < Enrolments.Length && Enrolments[end].EnterpriseId == enterprise; end++)
            {
                var t = EnrolmentTraining[end];
                if (t < 0 || !active[t])
                {
                    continue;
                }
                var e = Enrolments[end];
                var partner = Trainings[t].PartnerId;
                var sums = of(partner);
                sums.Done += e.Consultations;
                sums.Planned += IsDelivered[(int)Trainings[t].Status] ? e.PlannedConsultations : 0;
                sums.Saved += e.CostsSavedRupiah;
                any = true;
                (women, men) = (Math.Max(women, e.WorkersWomen), Math.Max(men, e.WorkersMen));
                if (!provincesInRun.Contains(e.EnterpriseProvinceCode))
                {
                    provincesInRun.Add(e.EnterpriseProvinceCode);
                }
                var p = partnersInRun.Count - 1;
                while (p >= 0 && partnersInRun[p].Partner != partner)
                {
                    p--;
                }
                if (p < 0)
                {
                    partnersInRun.Add((partner, 0, 0, 0));
                    p = partnersInRun.Count - 1;
                }
                var seen = partnersInRun[p];
                var partnerAnswered = seen.Answered;
                for (var q = 0; q < Questions; q++)
                {
                    if (e.Answer(q) < 0)
                    {
                        continue;
                    }
                    // Latest first: the first answer met is the enterprise's (and, per partner, the partner's) latest.
                    if ((answered & (1 << q)) == 0)
                    {
                        answered |= 1 << q;
                        total.Answered[q]++;
                        total.Yes[q] += e.Answer(q);
                    }
                    if ((partnerAnswered & (1 << q)) == 0)
                    {
                        partnerAnswered |= 1 << q;
                        sums.Answered[q]++;
                        sums.Yes[q] += e.Answer(q);
                    }
                }
                partnersInRun[p] = (partner, Math.Max(seen.Women, e.WorkersWomen), Math.Max(seen.Men, e.WorkersMen), partnerAnswered);
            }
            if (any)
            {
                total.Enterprises++;
                total.WorkersWomen += women;
                total.WorkersMen += men;
                foreach (var province in provincesInRun)
                {
                    byProvince[province] = byProvince.GetValueOrDefault(province) + 1;
                }
                foreach (var (partner, w, m, _) in partnersInRun)
                {
                    var sums = of(partner);
                    sums.Enterprises++;
                    sums.WorkersWomen += w;
                    sums.WorkersMen += m;
                }
            }
            start = end;
        }
    }

    /// <summary>One pass over the participant facts, a person's together: each person once per partner, sex and position, and once by sex in the programme.</summary>
    private Dictionary<Sex, int> PersonRuns(bool[] active, Func<int, PartnerSums> of)
    {
        var bySex = new Dictionary<Sex, int>();
        var groups = new List<(int Partner, Sex Sex, PersonPosition Position)>();
        var sexes = new List<Sex>();
        var start = 0;
        while (start < Participants.Length)
        {
            var person = Participants[start].PersonId;
            var end = start;
            groups.Clear();
            sexes.Clear();
            for (; end < Participants.Length && Participants[end].PersonId == person; end++)
            {
                var t = ParticipantTraining[end];
                if (t < 0 || !active[t])
                {
                    continue;
                }
                var p = Participants[end];
                var group = (Trainings[t].PartnerId, p.Sex, p.Position);
                if (!groups.Contains(group))
                {
                    groups.Add(group);
                }
                if (!sexes.Contains(p.Sex))
                {
                    sexes.Add(p.Sex);
                }
            }
            foreach (var (partner, sex, position) in groups)
            {
                var people = of(partner).People;
                people[(sex, position)] = people.GetValueOrDefault((sex, position)) + 1;
            }
            foreach (var sex in sexes)
            {
                bySex[sex] = bySex.GetValueOrDefault(sex) + 1;
            }
            start = end;
        }
        return bySex;
    }
}
