using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Score.Web.Data;
using Score.Web.DemoData;
using Score.Web.Domain;

namespace Score.Web.Tools;

/// <param name="Scale">1 is the real programme (2,300 enterprises, 850 trainings in 2009-2021 and 150 since), 10 ten times it.</param>
/// <param name="AsOf">The day the generated programme has reached: statuses and visits follow from it.</param>
public sealed record GeneratorOptions(double Scale, int Seed, DateOnly AsOf);

public sealed record GeneratorResult(int Trainers, int Enterprises, int People, int Trainings, int Enrolments, int Participants, int Consultations, int KpiValues);

/// <summary>
/// Fills a database with a synthetic SCORE programme: the eight partners (added if missing),
/// trainers, enterprises with their people, and trainings with enrolment, attendance, consultations,
/// KPIs, actions and workshop outcomes. At scale 1 the ILO programme of 2009-2021 comes out as its
/// handover release reports it (<see cref="ProgrammePhases"/>), under the rules of docs/figures.md: 2,300
/// enterprises reached, each at least once, employing 34,900 workers, located in 14 provinces (the lead
/// partner's travelling trainings enrol enterprises of the provinces they go to); micro, small and medium
/// enterprises; 74% and 63% of the enterprises answering at the closing workshop report higher productivity
/// and cost savings (each enterprise tells the same at each workshop); ILO funds most trainings of phase 1,
/// half of phase 2 and 7% of phase 3. The partners go on alone since 2022. The shares are dealt out evenly
/// rather than drawn, so they hold at any scale. The same seed, scale and date give
/// the same data. Bulk tables go in through COPY.
/// </summary>
public sealed class DataGenerator(ScoreDbContext db)
{
    public const string Author = "generator";
    private const int RealEnterprises = 2300, RealWorkers = 34_900, ProgrammeTrainings = 850, LaterTrainings = 150, TrainersPerPartner = 12;
    private static readonly DateOnly PartnersAlone = new(2022, 1, 3);

    /// <summary>How the programme's trainings spread over its years: few in preparation, fewer in the pandemic.</summary>
    private static readonly (int Year, int Weight)[] ProgrammeYears =
        [(2009, 2), (2010, 4), (2011, 6), (2012, 8), (2013, 9), (2014, 10), (2015, 10), (2016, 10), (2017, 10), (2018, 10), (2019, 9), (2020, 6), (2021, 6)];

    /// <summary>Share of each phase's trainings funded by ILO or a donor.</summary>
    private static readonly Dictionary<int, double> IloFunded = new() { [1] = 0.8, [2] = 0.5, [3] = 0.07, [4] = 0 };

    /// <summary>Provinces the lead partner took SCORE to with ILO in the first phases, beyond the partners' own.</summary>
    private static readonly (string Province, string City)[] Roadshows =
        [("12", "Medan"), ("18", "Bandar Lampung"), ("64", "Samarinda"), ("71", "Manado"), ("53", "Kupang")];

    /// <summary>Each partner's share of the programme.</summary>
    private static readonly Dictionary<string, double> Shares = new()
    {
        ["BEDO"] = 0.30, ["SMI"] = 0.15, ["UNPAR"] = 0.12, ["APP Polytechnic"] = 0.08,
        ["BLK Semarang 2"] = 0.12, ["KDP"] = 0.06, ["Riwani Globe"] = 0.07, ["Pro Serve"] = 0.10,
    };

    private static readonly string[] Findings =
    [
        "Rapat harian 10 menit sudah berjalan; papan informasi diperbarui setiap pagi.",
        "Kotak saran dipasang; 6 saran pekerja masuk, 2 sudah diterapkan.",
        "5S di gudang bahan baku selesai; waktu mencari bahan turun.",
        "Data cacat produksi mulai dicatat per lini; akar masalah jahitan dibahas bersama.",
        "Pemakaian listrik kompresor dipantau; kebocoran angin diperbaiki.",
        "Komite K3 terbentuk dan melakukan inspeksi pertama.",
    ];

    private static readonly string[] Actions =
    [
        "Rapat harian 10 menit di setiap lini", "Kotak saran dan tanggapan mingguan", "5S di gudang bahan baku",
        "Catat cacat per lini setiap hari", "Perbaiki kebocoran udara kompresor", "Bentuk komite K3", "Jadwal produksi mingguan di papan",
    ];

    private sealed record PartnerPlan(Partner Partner, DemoPartner Template, int? VariantId, List<int> Trainers, List<GeneratedEnterprise> Enterprises)
    {
        /// <summary>Indexes of the enterprises enrolled so far.</summary>
        public HashSet<int> Reached { get; } = [];

        /// <summary>Indexes of the enterprises a training may enrol, by the province it travelled to ("" at home).</summary>
        public Dictionary<string, List<int>> Pools { get; } = [];
    }

    /// <summary>A generated enterprise; <see cref="RoadshowProvince"/> when it is one of those the lead partner's travelling trainings reach.</summary>
    private sealed record GeneratedEnterprise(int Id, List<(int Id, PersonPosition Position)> Managers, List<(int Id, PersonPosition Position)> Workers, string? RoadshowProvince)
    {
        /// <summary>What it reports at its workshops, decided at its first: an enterprise tells the same story each time.</summary>
        public bool? Productivity { get; set; }
        public bool? CostsSaved { get; set; }
    }

    /// <summary>Enterprises located in each province a travelling training goes to (per unit of scale): they take part there.</summary>
    private const int EnterprisesPerRoadshowProvince = 4;

    public async Task<GeneratorResult> RunAsync(GeneratorOptions options, CancellationToken ct)
    {
        if (options.Scale is <= 0 or > 40)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The scale is between 0 and 40 (1 is the real programme).");
        }
        var random = new Random(options.Seed);
        var stamp = new DateTimeOffset(options.AsOf.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7)).ToUniversalTime();
        var plans = await PartnersAsync(stamp, ct);
        var trainerCount = await TrainersAsync(plans, options.Scale, random, stamp, ct);

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        var ids = new IdSource(connection);
        var regencies = (await db.Regencies.Select(r => new { r.Code, r.ProvinceCode }).ToListAsync(ct))
            .GroupBy(r => r.ProvinceCode).ToDictionary(g => g.Key, g => g.Select(r => r.Code).Order(StringComparer.Ordinal).ToList());
        var kpis = await db.Kpis.OrderBy(k => k.SortOrder).Select(k => new { k.Code, k.Kind }).ToListAsync(ct);
        var nibs = (await db.Enterprises.Where(e => e.Nib != null).Select(e => e.Nib!).ToListAsync(ct)).ToHashSet();

        var enterprises = new CopyWriter("enterprises", "id", "partner_id", "name", "nib", "legal_form", "sector_id", "province_code", "regency_code", "address", "phone",
            "owner_name", "year_founded", "workers_women", "workers_men", "sales_band", "size_class", "status", "created_at", "created_by", "updated_at", "updated_by");
        var people = new CopyWriter("enterprise_people", "id", "enterprise_id", "full_name", "sex", "position", "phone", "is_eit_member", "created_at", "created_by", "updated_at", "updated_by");
        var enterpriseId = await ids.NextAsync("enterprises", ct);
        var personId = await ids.NextAsync("enterprise_people", ct);
        var created = new List<(PartnerPlan Plan, Enterprise Enterprise)>();
        foreach (var plan in plans)
        {
            var count = (int)Math.Round(RealEnterprises * options.Scale * Shares[plan.Template.ShortName]);
            // The lead partner's travelling trainings enrol enterprises of the places they go to, not its own.
            var local = plan.Partner.IsLead ? Math.Max(1, (int)Math.Round(EnterprisesPerRoadshowProvince * options.Scale)) * Roadshows.Length : 0;
            for (var i = 0; i < count; i++)
            {
                var province = i >= count - local ? Roadshows[(i - (count - local)) % Roadshows.Length].Province
                    : plan.Template.Provinces[random.Next(plan.Template.Provinces.Length)];
                var inProvince = regencies[province];
                var e = DemoEnterprises.Create(random, plan.Partner.Id, province, inProvince[random.Next(inProvince.Count)], plan.Template.Sectors, maxPeople: 12);
                if (e.Nib is not null && !nibs.Add(e.Nib))
                {
                    e.Nib = null;
                }
                created.Add((plan, e));
            }
        }
        Workforce(created.Select(c => c.Enterprise).ToList(), (int)Math.Round(RealWorkers * options.Scale), random);
        foreach (var (plan, e) in created)
        {
            var id = enterpriseId++;
            enterprises.Add(id, e.PartnerId, e.Name, e.Nib, e.LegalForm, e.SectorId, e.ProvinceCode, e.RegencyCode, e.Address, e.Phone,
                e.OwnerName, e.YearFounded, e.WorkersWomen, e.WorkersMen, e.SalesBand, e.SizeClass, e.Status, stamp, Author, stamp, Author);
            var generated = new GeneratedEnterprise(id, [], [], Roadshows.Any(r => r.Province == e.ProvinceCode) ? e.ProvinceCode : null);
            foreach (var p in e.People)
            {
                var pid = personId++;
                people.Add(pid, id, p.FullName, p.Sex, p.Position, p.Phone, p.IsEitMember, stamp, Author, stamp, Author);
                (p.Position is PersonPosition.Owner or PersonPosition.Manager ? generated.Managers : generated.Workers).Add((pid, p.Position));
            }
            plan.Enterprises.Add(generated);
            var pool = generated.RoadshowProvince ?? "";
            if (!plan.Pools.TryGetValue(pool, out var members))
            {
                plan.Pools[pool] = members = [];
            }
            members.Add(plan.Enterprises.Count - 1);
        }
        await enterprises.WriteAsync(connection, ct);
        await people.WriteAsync(connection, ct);

        var delivery = new DeliveryWriters();
        var next = new Dictionary<string, int>();
        foreach (var table in new[] { "trainings", "enrolments", "participants", "classroom_days", "consultations", "kpi_values", "improvement_actions" })
        {
            next[table] = await ids.NextAsync(table, ct);
        }
        var deal = new Dealer();
        var kpiList = kpis.Select(k => (k.Code, k.Kind)).ToList();
        var laterSpan = Math.Max(1, options.AsOf.AddDays(120).DayNumber - PartnersAlone.DayNumber);
        var yearWeights = ProgrammeYears.Select(y => (y.Year, y.Weight)).ToArray();
        foreach (var plan in plans)
        {
            var share = Shares[plan.Template.ShortName];
            // Every enterprise reached by the programme at least once: the not yet enrolled go first.
            var unreached = new Queue<int>(Enumerable.Range(0, plan.Enterprises.Count).Where(i => plan.Enterprises[i].RoadshowProvince is null).OrderBy(_ => random.Next()));
            var programme = (int)Math.Round(ProgrammeTrainings * options.Scale * share);
            var starts = Enumerable.Range(0, programme).Select(_ =>
            {
                var year = Pick(random, yearWeights);
                return new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
            }).Concat(Enumerable.Range(0, (int)Math.Round(LaterTrainings * options.Scale * share))
                .Select(_ => DateOnly.FromDayNumber(PartnersAlone.DayNumber + random.Next(laterSpan))));
            var number = 0;
            foreach (var start in starts.Order())
            {
                if (plan.Enterprises.Count == 0)
                {
                    break;
                }
                AddTraining(delivery, next, plan, start, ++number, options.AsOf, random, kpiList, stamp, deal, start < PartnersAlone ? unreached : null);
            }
        }
        await delivery.WriteAsync(connection, ct);
        await ids.ResetSequencesAsync(ct);
        // COPY leaves the planner's statistics behind: without them the first queries plan for empty tables.
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync(ct);
        }
        // The figures' facts of everything written, built now rather than by the first reader.
        await Figures.FigureFacts.RefreshAsync(connection, ct);
        await using (var analyze = new NpgsqlCommand("ANALYZE enrolment_facts, participant_facts, kpi_facts", connection))
        {
            await analyze.ExecuteNonQueryAsync(ct);
        }
        return new GeneratorResult(trainerCount, enterprises.Count, people.Count, delivery.Trainings.Count, delivery.Enrolments.Count,
            delivery.Participants.Count, delivery.Consultations.Count, delivery.KpiValues.Count);
    }

    private sealed class DeliveryWriters
    {
        public CopyWriter Trainings { get; } = new("trainings", "id", "partner_id", "module_number", "variant_id", "title", "lead_trainer_id", "venue", "province_code", "city",
            "planned_start", "planned_end", "funding", "sponsor_name", "total_cost", "fees_collected", "sponsor_contribution", "status", "workshop_date", "workshop_venue",
            "created_at", "created_by", "updated_at", "updated_by");
        public CopyWriter Enrolments { get; } = new("enrolments", "id", "training_id", "enterprise_id", "fee_paid", "baseline_date", "presented_at_workshop", "presenters",
            "productivity_improved", "productivity_change_percent", "costs_saved", "costs_saved_rupiah", "defects_reduced", "defects_change_percent", "energy_saved",
            "energy_saved_percent", "created_at", "created_by", "updated_at", "updated_by");
        public CopyWriter Participants { get; } = new("participants", "id", "enrolment_id", "person_id");
        public CopyWriter Days { get; } = new("classroom_days", "id", "training_id", "date", "attendance_taken_at", "created_at", "created_by", "updated_at", "updated_by");
        public CopyWriter Attendance { get; } = new("attendance", "participant_id", "classroom_day_id", "present");
        public CopyWriter Consultations { get; } = new("consultations", "id", "enrolment_id", "trainer_id", "date", "duration_minutes", "mode", "findings", "eit_attendee_ids",
            "created_at", "created_by", "updated_at", "updated_by");
        public CopyWriter KpiValues { get; } = new("kpi_values", "id", "enrolment_id", "consultation_id", "kpi_code", "value", "period", "measured_on", "created_at", "created_by", "updated_at", "updated_by");
        public CopyWriter Actions { get; } = new("improvement_actions", "id", "enrolment_id", "description", "owner", "due_date", "status", "raised_in_consultation_id",
            "last_reviewed_in_consultation_id", "created_at", "created_by", "updated_at", "updated_by");

        public async Task WriteAsync(NpgsqlConnection connection, CancellationToken ct)
        {
            foreach (var writer in new[] { Trainings, Enrolments, Participants, Days, Attendance, Consultations, KpiValues, Actions })
            {
                await writer.WriteAsync(connection, ct);
            }
        }
    }

    private static void AddTraining(
        DeliveryWriters w, Dictionary<string, int> next, PartnerPlan plan, DateOnly start, int number, DateOnly asOf, Random random,
        List<(string Code, KpiKind Kind)> kpis, DateTimeOffset stamp, Dealer deal, Queue<int>? unreached)
    {
        var module = Pick(random, (1, 35), (2, 25), (3, 15), (4, 13), (5, 12));
        var age = asOf.DayNumber - start.DayNumber;
        var phase = ProgrammePhases.Of(start).Number;
        // The lead partner's trainings of the first phases sometimes travel; those are never cancelled.
        (string Province, string City)? roadshow = plan.Partner.IsLead && phase <= 2 && deal.Next("roadshow", 1.0 / 8)
            ? Roadshows[(deal.Yeses("roadshow") - 1) % Roadshows.Length] : null;
        var status = age < 0 ? TrainingStatus.Planned
            : roadshow is null && random.Next(100) < 4 ? TrainingStatus.Cancelled
            : age <= 14 ? TrainingStatus.ClassroomDone
            : age <= 110 ? TrainingStatus.Consultations
            : TrainingStatus.Completed;
        var active = status != TrainingStatus.Cancelled;
        var funding = active && deal.Next("ilo-funded-" + phase, IloFunded[phase])
            ? FundingSource.IloOrDonor
            : Pick(random, (FundingSource.SelfFunded, 32), (FundingSource.EnterpriseFees, 27), (FundingSource.GovernmentSponsor, 22), (FundingSource.PrivateOrCsrSponsor, 19));
        var cost = random.Next(150, 600) * 100_000m;
        var (fees, sponsor) = funding switch
        {
            FundingSource.EnterpriseFees => (Round(cost * (0.5m + (decimal)(random.NextDouble() * 0.5))), 0m),
            FundingSource.SelfFunded => (Round(cost * (decimal)(random.NextDouble() * 0.3)), 0m),
            FundingSource.IloOrDonor => (0m, Round(cost * (0.8m + (decimal)(random.NextDouble() * 0.2)))),
            _ => (Round(cost * (decimal)(random.NextDouble() * 0.2)), Round(cost * (0.5m + (decimal)(random.NextDouble() * 0.5)))),
        };
        var sponsorName = funding switch
        {
            FundingSource.GovernmentSponsor => "Dinas Perindustrian " + (roadshow?.City ?? plan.Template.City),
            FundingSource.PrivateOrCsrSponsor => "CSR " + (random.Next(2) == 0 ? "Sampoerna" : "Astra"),
            FundingSource.IloOrDonor => random.Next(2) == 0 ? "ILO / SECO" : "ILO / NORAD",
            _ => null,
        };
        var trainingId = next["trainings"]++;
        var trainer = plan.Trainers[random.Next(plan.Trainers.Count)];
        var delivered = status is not (TrainingStatus.Planned or TrainingStatus.Cancelled);
        var days = delivered ? new[] { start, start.AddDays(1) } : [];
        var lastDay = delivered ? days[^1] : start;
        DateOnly? workshop = status == TrainingStatus.Completed ? lastDay.AddDays(100) : null;
        w.Trainings.Add(trainingId, plan.Partner.Id, module, random.Next(10) < 4 ? plan.VariantId : null,
            $"SCORE M{module} {roadshow?.City ?? plan.Template.City} {start:yyyy}-{number:D3}", trainer, "Aula " + plan.Partner.ShortName,
            roadshow?.Province ?? plan.Template.ProvinceCode, roadshow?.City ?? plan.Template.City,
            start, start.AddDays(90), funding, sponsorName, cost, fees, sponsor, status, workshop, workshop is null ? null : "Aula " + plan.Partner.ShortName,
            stamp, Author, stamp, Author);
        var dayIds = days.Select(d =>
        {
            var id = next["classroom_days"]++;
            w.Days.Add(id, trainingId, d, new DateTimeOffset(d.ToDateTime(new TimeOnly(17, 0)), TimeSpan.FromHours(7)), stamp, Author, stamp, Author);
            return id;
        }).ToList();

        // A training enrols enterprises of where it is held: the partner's own, or those of the province it travelled to.
        var pool = plan.Pools.GetValueOrDefault(roadshow?.Province ?? "") ?? [];
        var enrolled = new HashSet<int>();
        var wanted = Math.Min(random.Next(3, 7), pool.Count);
        if (roadshow is not null)
        {
            // The province's enterprises not yet reached go first, as the programme's do below.
            foreach (var i in pool.Where(i => !plan.Reached.Contains(i)).Take(wanted))
            {
                enrolled.Add(i);
            }
        }
        while (active && roadshow is null && unreached is { Count: > 0 } && enrolled.Count < wanted)
        {
            enrolled.Add(unreached.Dequeue());
        }
        while (enrolled.Count < wanted)
        {
            enrolled.Add(pool[random.Next(pool.Count)]);
        }
        plan.Reached.UnionWith(enrolled);
        foreach (var index in enrolled.Order())
        {
            var enterprise = plan.Enterprises[index];
            var enrolmentId = next["enrolments"]++;
            var presented = workshop is not null && random.Next(100) < 85;
            bool? Outcome(int yesPercent) => presented ? random.Next(100) < yesPercent : null;
            var era = start < PartnersAlone ? "programme" : "partners";
            // Dealt over enterprises, not answers: the figure is the share of enterprises (each by its latest answer).
            if (presented)
            {
                enterprise.Productivity ??= deal.Next("productivity-" + era, 0.74);
                enterprise.CostsSaved ??= deal.Next("costs-" + era, 0.63);
            }
            var (productivity, costs) = presented ? (enterprise.Productivity, enterprise.CostsSaved) : (null, null);
            var defects = Outcome(55);
            var energy = Outcome(40);
            w.Enrolments.Add(enrolmentId, trainingId, enterprise.Id, Round(fees / wanted), delivered ? start.AddDays(-7) : null, presented,
                presented ? "Tim EIT" : null,
                productivity, productivity == true ? random.Next(30, 250) / 10m : null,
                costs, costs == true ? random.Next(10, 500) * 100_000m : null,
                defects, defects == true ? random.Next(50, 400) / 10m : null,
                energy, energy == true ? random.Next(30, 200) / 10m : null,
                stamp, Author, stamp, Author);

            var chosen = Take(random, enterprise.Managers, random.Next(1, 3)).Concat(Take(random, enterprise.Workers, random.Next(1, 5))).ToList();
            foreach (var person in chosen)
            {
                var participantId = next["participants"]++;
                w.Participants.Add(participantId, enrolmentId, person.Id);
                foreach (var day in dayIds)
                {
                    w.Attendance.Add(participantId, day, random.Next(100) < 94);
                }
            }
            if (!delivered)
            {
                continue;
            }

            var measured = kpis.OrderBy(_ => random.Next()).Take(4).Select(k => (k.Code, k.Kind, Value: Baseline(random, k.Kind))).ToList();
            foreach (var (code, kind, value) in measured)
            {
                w.KpiValues.Add(next["kpi_values"]++, enrolmentId, null, code, value, Period(start.AddDays(-7)), start.AddDays(-7), stamp, Author, stamp, Author);
            }
            // Where visits are still going on, some enterprises fall behind: the visits overdue a partner must chase.
            var visits = status == TrainingStatus.Completed ? Pick(random, (0, 10), (1, 35), (2, 35), (3, 20)) : Pick(random, (3, 70), (1, 15), (0, 15));
            int? firstVisit = null;
            for (var v = 1; v <= visits; v++)
            {
                var date = lastDay.AddDays((v * 25) + random.Next(0, 10));
                if (date > asOf)
                {
                    break;
                }
                var consultationId = next["consultations"]++;
                firstVisit ??= consultationId;
                int[] attendees = [.. chosen.Take(3).Select(p => p.Id)];
                w.Consultations.Add(consultationId, enrolmentId, trainer, date, random.Next(4, 13) * 15, random.Next(100) < 80 ? VisitMode.OnSite : VisitMode.Remote,
                    Findings[random.Next(Findings.Length)], attendees, stamp, Author, stamp, Author);
                foreach (var (code, kind, value) in measured.Take(2))
                {
                    w.KpiValues.Add(next["kpi_values"]++, enrolmentId, consultationId, code, Later(random, kind, value, v), Period(date), date, stamp, Author, stamp, Author);
                }
            }
            if (firstVisit is { } raisedIn)
            {
                for (var a = random.Next(1, 4); a > 0; a--)
                {
                    var actionStatus = status == TrainingStatus.Completed
                        ? Pick(random, (ActionStatus.Done, 70), (ActionStatus.InProgress, 15), (ActionStatus.Open, 10), (ActionStatus.Dropped, 5))
                        : Pick(random, (ActionStatus.Open, 50), (ActionStatus.InProgress, 40), (ActionStatus.Done, 10));
                    w.Actions.Add(next["improvement_actions"]++, enrolmentId, Actions[random.Next(Actions.Length)], "Tim EIT", lastDay.AddDays(60), actionStatus,
                        raisedIn, raisedIn, stamp, Author, stamp, Author);
                }
            }
        }
    }

    /// <summary>
    /// Deals a share out evenly over a sequence: the n-th call of a name says yes when the rounded share of n
    /// calls grows, so after any number of calls the yeses are that share of them, to the nearest one.
    /// </summary>
    private sealed class Dealer
    {
        private readonly Dictionary<string, int> calls = [];

        public bool Next(string name, double share)
        {
            var n = calls.GetValueOrDefault(name);
            calls[name] = n + 1;
            var yes = Math.Floor(((n + 1) * share) + 0.5) > Math.Floor((n * share) + 0.5);
            if (yes)
            {
                calls[name + "/yes"] = calls.GetValueOrDefault(name + "/yes") + 1;
            }
            return yes;
        }

        public int Yeses(string name) => calls.GetValueOrDefault(name + "/yes");
    }

    /// <summary>
    /// Small enterprises (UMKM): between 6 and 24 workers, never fewer than the people on record, and together
    /// exactly the total asked for.
    /// </summary>
    private static void Workforce(List<Enterprise> enterprises, int total, Random random)
    {
        if (enterprises.Count == 0)
        {
            return;
        }
        var workers = enterprises.Select(e => Math.Max(e.People.Count, random.Next(6, 25))).ToArray();
        var difference = Math.Max(total, enterprises.Sum(e => e.People.Count)) - workers.Sum();
        while (difference != 0)
        {
            var i = random.Next(workers.Length);
            if (difference > 0)
            {
                workers[i]++;
                difference--;
            }
            else if (workers[i] > enterprises[i].People.Count)
            {
                workers[i]--;
                difference++;
            }
        }
        for (var i = 0; i < enterprises.Count; i++)
        {
            var women = (int)Math.Round(workers[i] * (0.3 + (random.NextDouble() * 0.4)));
            enterprises[i].WorkersWomen = women;
            enterprises[i].WorkersMen = workers[i] - women;
            enterprises[i].SalesBand = Sales(random, workers[i]);
            enterprises[i].DeriveSizeClass();
        }
    }

    /// <summary>
    /// Yearly sales, which decide the size class (micro, small, medium): larger workforces sell more, with a spread, so
    /// the enterprises reached are about half micro, two fifths small and the rest medium, as SCORE's UMKM are.
    /// </summary>
    private static SalesBand Sales(Random random, int workers)
    {
        var draw = random.Next(100);
        return workers switch
        {
            < 10 => draw < 85 ? SalesBand.UpTo2Billion : SalesBand.From2To15Billion,
            < 20 => draw < 40 ? SalesBand.UpTo2Billion : draw < 90 ? SalesBand.From2To15Billion : SalesBand.From15To50Billion,
            _ => draw < 10 ? SalesBand.UpTo2Billion : draw < 55 ? SalesBand.From2To15Billion : SalesBand.From15To50Billion,
        };
    }

    private static decimal Baseline(Random random, KpiKind kind) => kind switch
    {
        KpiKind.Percent => random.Next(20, 400) / 10m,
        KpiKind.Count => random.Next(0, 60),
        KpiKind.Rupiah => random.Next(100, 5000) * 100_000m,
        _ => random.Next(100, 50_000) / 10m,
    };

    /// <summary>A later measurement: most enterprises move by up to a fifth, either way.</summary>
    private static decimal Later(Random random, KpiKind kind, decimal baseline, int visit)
    {
        var factor = 1m + ((decimal)(random.NextDouble() - 0.4) * 0.1m * visit);
        var value = Math.Max(0, baseline * factor);
        return kind switch
        {
            KpiKind.Percent => Math.Min(100, Math.Round(value, 1)),
            KpiKind.Count => Math.Round(value, 0),
            KpiKind.Rupiah => Round(value),
            _ => Math.Round(value, 1),
        };
    }

    private static string Period(DateOnly measuredOn) => measuredOn.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static decimal Round(decimal rupiah) => Math.Round(rupiah / 1000m, 0) * 1000m;

    private static IEnumerable<T> Take<T>(Random random, List<T> items, int count)
    {
        var indexes = new SortedSet<int>();
        count = Math.Min(count, items.Count);
        while (indexes.Count < count)
        {
            indexes.Add(random.Next(items.Count));
        }
        return indexes.Select(i => items[i]);
    }

    private static T Pick<T>(Random random, params (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }
            roll -= weight;
        }
        return choices[^1].Value;
    }

    /// <summary>The eight partners, added with their variants when missing.</summary>
    private async Task<List<PartnerPlan>> PartnersAsync(DateTimeOffset stamp, CancellationToken ct)
    {
        var plans = new List<PartnerPlan>();
        foreach (var template in DemoPartners.All)
        {
            var partner = await db.Partners.SingleOrDefaultAsync(p => p.ShortName == template.ShortName, ct);
            if (partner is null)
            {
                partner = template.ToEntity();
                Stamp(partner, stamp);
                db.Partners.Add(partner);
                await db.SaveChangesAsync(ct);
                foreach (var variant in template.Variants.Select(v => v.ToEntity(partner.Id)))
                {
                    Stamp(variant, stamp);
                    db.Variants.Add(variant);
                }
                await db.SaveChangesAsync(ct);
            }
            var variantId = await db.Variants.Where(v => v.PartnerId == partner.Id).OrderBy(v => v.Id).Select(v => (int?)v.Id).FirstOrDefaultAsync(ct);
            plans.Add(new PartnerPlan(partner, template, variantId, [], []));
        }
        return plans;
    }

    /// <summary>Trainer accounts (without a password: they cannot sign in) and profiles certified for every module before the programme began.</summary>
    private async Task<int> TrainersAsync(List<PartnerPlan> plans, double scale, Random random, DateTimeOffset stamp, CancellationToken ct)
    {
        var count = 0;
        var run = await db.Users.CountAsync(ct);
        foreach (var plan in plans)
        {
            var wanted = Math.Max(2, (int)Math.Round(TrainersPerPartner * scale * Shares[plan.Template.ShortName] * 8 / 3));
            for (var i = 0; i < wanted; i++)
            {
                var email = $"trainer{run + count}.{plan.Partner.Id}@generated.score.test";
                var sex = random.Next(2) == 0 ? Sex.Female : Sex.Male;
                var bytes = new byte[16];
                random.NextBytes(bytes);
                var user = new ApplicationUser
                {
                    Id = new Guid(bytes).ToString(),
                    UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true, FullName = $"Pelatih {plan.Partner.ShortName} {i + 1}", PartnerId = plan.Partner.Id, IsActive = true,
                    SecurityStamp = new Guid(bytes.Reverse().ToArray()).ToString("N"), LockoutEnabled = true,
                };
                Stamp(user, stamp);
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = Roles.Ids[Roles.Trainer] });
                var profile = new TrainerProfile
                {
                    UserId = user.Id, PartnerId = plan.Partner.Id, Sex = sex,
                    Certifications = [.. Enumerable.Range(1, 5).Select(m => new TrainerCertification { ModuleNumber = m, Level = CertificationLevel.Trainer, CertifiedOn = new DateOnly(2008, 6, 1) })],
                };
                Stamp(profile, stamp);
                db.Trainers.Add(profile);
                await db.SaveChangesAsync(ct);
                plan.Trainers.Add(profile.Id);
                count++;
            }
        }
        return count;
    }

    private static void Stamp(IAudited entity, DateTimeOffset stamp)
    {
        entity.CreatedAt = entity.UpdatedAt = stamp;
        entity.CreatedBy = entity.UpdatedBy = Author;
    }

    /// <summary>Explicit ids, continuing after what is there; the identity sequences are moved past them at the end.</summary>
    private sealed class IdSource(NpgsqlConnection connection)
    {
        private readonly List<string> tables = [];

        public async Task<int> NextAsync(string table, CancellationToken ct)
        {
            tables.Add(table);
            await using var command = new NpgsqlCommand($"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}", connection);
            return (int)(await command.ExecuteScalarAsync(ct))!;
        }

        public async Task ResetSequencesAsync(CancellationToken ct)
        {
            foreach (var table in tables)
            {
                await using var command = new NpgsqlCommand(
                    $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST((SELECT MAX(id) FROM {table}), 1))", connection);
                await command.ExecuteScalarAsync(ct);
            }
        }
    }
}
