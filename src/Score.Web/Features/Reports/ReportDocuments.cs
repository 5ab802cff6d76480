using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Documents;
using Score.Web.Domain;
using Score.Web.Figures;
using Score.Web.Localization;
using Score.Web.Queries;

namespace Score.Web.Features.Reports;

public sealed record ReportFile(byte[] Pdf, string FileName);

/// <summary>
/// The PDF reports: of a training, of an enterprise's progress, of a partner and of the programme.
/// Each reads only what the user may see; the layout is the renderer's.
/// </summary>
public sealed class ReportDocuments(
    ScoreDbContext db, PartnerScope scope, CurrentUser me, TimeProvider clock, TrainingRecords trainings, EnterpriseRecords enterprises,
    ProgrammeFigureQueries figures, IDocumentRenderer renderer, IStringLocalizer<SharedResource> text)
{
    private static bool Indonesian => Cultures.IsIndonesian;

    private string Footer => text["Report.Footer", "{0}", "{1}", Display.DateTime(clock.GetUtcNow()), me.AuditName];

    private string YesNo(bool? value) => value is null ? "–" : value.Value ? text["Common.Yes"] : text["Common.No"];

    public async Task<ReportFile?> TrainingAsync(int trainingId, CancellationToken ct)
    {
        var t = await trainings.LoadAsync(trainingId, ct);
        if (t is null)
        {
            return null;
        }
        var consultations = await db.Consultations.Where(c => c.Enrolment!.TrainingId == trainingId)
            .OrderBy(c => c.Date).ThenBy(c => c.Enrolment!.Enterprise!.Name)
            .Select(c => new { c.Date, Enterprise = c.Enrolment!.Enterprise!.Name, Trainer = c.Trainer!.User!.FullName, c.Mode, c.DurationMinutes, c.Findings })
            .ToListAsync(ct);
        var outcomes = await db.Enrolments.Where(e => e.TrainingId == trainingId).OrderBy(e => e.Enterprise!.Name)
            .Select(e => new
            {
                Enterprise = e.Enterprise!.Name, e.PresentedAtWorkshop, e.ProductivityImproved, e.ProductivityChangePercent, e.CostsSaved, e.CostsSavedRupiah,
                e.DefectsReduced, e.DefectsChangePercent, e.EnergySaved, e.EnergySavedPercent,
            })
            .ToListAsync(ct);
        var participants = t.Enrolments.SelectMany(e => e.Participants.Select(p => (Enrolment: e, Participant: p))).ToList();
        var women = participants.Count(p => p.Participant.Sex == Sex.Female);
        var attendance = participants.Count == 0 || t.Days.Count == 0
            ? (double?)null
            : 100.0 * participants.Sum(p => p.Participant.DaysPresent) / (participants.Count * t.Days.Count);
        var planned = t.Enrolments.Count * t.Rules.PlannedConsultations;

        List<DocumentBlock> blocks =
        [
            new KeyFiguresBlock(
            [
                (text["Home.Enterprises"], Display.Number(t.Enrolments.Count)),
                (text["Report.ParticipantsWomenMen"], $"{Display.Number(participants.Count)} ({Display.Number(women)} / {Display.Number(participants.Count - women)})"),
                (text["Report.Attendance"], Display.Percent(attendance)),
                (text["Report.ConsultationsDonePlanned"], $"{Display.Number(consultations.Count)} / {Display.Number(planned)}"),
                (text["Training.ParticipantsCompleted"], Display.Number(t.ParticipantsCompleted)),
                (text["Certificate.EnterprisesCompleted"], Display.Number(t.Enrolments.Count(e => e.Completed))),
                (text["Training.ClassroomDays"], Display.Number(t.Days.Count)),
                (text["Report.CostRecovery"], Display.Percent(CostRecovery.Percent(t.TotalCost, CostRecovery.Recovered(t.Funding, t.FeesCollected, t.SponsorContribution)))),
            ]),
            new HeadingBlock(text["Report.Enrolment"]),
            new TableBlock(
            [
                new(text["Sheet.Enterprise"], 30), new(text["Report.ManagersWorkers"], 14, true), new(text["Report.Attendance"], 12, true),
                new(text["Report.Visits"], 12, true), new(text["Report.Presented"], 12), new(text["Report.Completed"], 12),
            ],
            [
                .. t.Enrolments.Select(e => (IReadOnlyList<string>)
                [
                    e.Enterprise,
                    $"{e.Participants.Count(p => p.Position is PersonPosition.Owner or PersonPosition.Manager)} / {e.Participants.Count(p => p.Position is PersonPosition.Worker or PersonPosition.Supervisor)}",
                    Display.Percent(e.AttendancePercent(t.Days.Count)),
                    $"{e.Visits.Done} / {t.Rules.PlannedConsultations}",
                    YesNo(e.PresentedAtWorkshop),
                    YesNo(e.Completed),
                ]),
            ]),
            new HeadingBlock(text["Training.ClassroomDays"]),
            new TableBlock(
                [new(text["Common.Date"], 18), new(text["Training.Venue"], 34), new(text["Training.Topic"], 34), new(text["Report.Present"], 14, true)],
                [.. t.Days.Select(d => (IReadOnlyList<string>)[Display.Date(d.Date), d.Venue ?? t.Venue ?? "", d.Topic ?? "", d.AttendanceTaken ? Display.Number(d.Present) : "–"])]),
            new HeadingBlock(text["Training.Participants"]),
            new TableBlock(
            [
                new(text["Person.FullName"], 28), new(text["Sheet.Enterprise"], 28), new(text["Person.Position"], 14), new(text["Sheet.Sex"], 8),
                new(text["Report.DaysPresent"], 10, true), new(text["Report.Completed"], 12),
            ],
            [
                .. participants.Select(p => (IReadOnlyList<string>)
                [
                    p.Participant.FullName, p.Enrolment.Enterprise, text["PersonPosition." + p.Participant.Position],
                    p.Participant.Sex == Sex.Female ? text["Sheet.SexFemaleShort"] : text["Sheet.SexMaleShort"],
                    $"{p.Participant.DaysPresent} / {t.Days.Count}", YesNo(p.Participant.Completed),
                ]),
            ]),
            new HeadingBlock(text["Report.Consultations"]),
            consultations.Count == 0
                ? new ParagraphBlock(text["Report.NoConsultations"])
                : new TableBlock(
                    [new(text["Common.Date"], 12), new(text["Sheet.Enterprise"], 22), new(text["Report.Trainer"], 18), new(text["Report.Mode"], 12), new(text["Report.Minutes"], 9, true), new(text["Report.Findings"], 27)],
                    [.. consultations.Select(c => (IReadOnlyList<string>)[Display.Date(c.Date), c.Enterprise, c.Trainer, text["VisitMode." + c.Mode], Display.Number(c.DurationMinutes), c.Findings ?? ""])]),
            new HeadingBlock(text["Report.WorkshopOutcomes"]),
            new ParagraphBlock(t.Enrolments.Count == 0 ? "" : text["Report.WorkshopHeld", Display.Date(await db.Trainings.Where(x => x.Id == trainingId).Select(x => x.WorkshopDate).SingleAsync(ct)) is { Length: > 0 } d ? d : "–"]),
            new TableBlock(
            [
                new(text["Sheet.Enterprise"], 28), new(text["Report.Presented"], 12), new(text["Workshop.Productivity"], 15), new(text["Workshop.Costs"], 17),
                new(text["Workshop.Defects"], 14), new(text["Workshop.Energy"], 14),
            ],
            [
                .. outcomes.Select(o => (IReadOnlyList<string>)
                [
                    o.Enterprise, YesNo(o.PresentedAtWorkshop),
                    Outcome(o.ProductivityImproved, o.ProductivityChangePercent is { } p ? Display.Number(p, 1) + "%" : null),
                    Outcome(o.CostsSaved, o.CostsSavedRupiah is { } r ? Display.Rupiah(r) : null),
                    Outcome(o.DefectsReduced, o.DefectsChangePercent is { } d ? Display.Number(d, 1) + "%" : null),
                    Outcome(o.EnergySaved, o.EnergySavedPercent is { } e ? Display.Number(e, 1) + "%" : null),
                ]),
            ]),
        ];
        var document = new DocumentSpec(
            text["Report.TrainingTitle"],
            t.Title,
            [
                (text["Training.Module"], $"{t.Module}. {(Indonesian ? t.ModuleId : t.ModuleEn)}"),
                (text["Field.Partner"], t.Partner + (t.Variant is null ? "" : " · " + t.Variant)),
                (text["Report.Trainers"], string.Join(", ", new[] { t.LeadTrainer }.Concat(t.CoTrainers))),
                (text["Training.Venue"], string.Join(", ", new[] { t.Venue, t.City, t.Province }.Where(v => !string.IsNullOrEmpty(v)))),
                (text["Report.Dates"], $"{Display.Date(t.PlannedStart)} – {Display.Date(t.PlannedEnd)}"),
                (text["Training.Status"], text["TrainingStatus." + t.Status]),
                (text["Training.Funding"], text["FundingSource." + t.Funding] + (t.SponsorName is null ? "" : $" ({t.SponsorName})")),
                (text["Report.CostFeesSponsor"], $"{Display.Rupiah(t.TotalCost)} · {Display.Rupiah(t.FeesCollected)} · {Display.Rupiah(t.SponsorContribution)}"),
            ],
            blocks,
            Footer,
            $"{text["Report.TrainingTitle"]} · {t.Title}");
        return new ReportFile(renderer.Render(document), $"{text["Report.TrainingFile"]}-{trainingId}.pdf");
    }

    private string Outcome(bool? answer, string? figure) =>
        answer is null ? "–" : answer.Value && figure is not null ? $"{text["Common.Yes"]} ({figure})" : YesNo(answer);

    public async Task<ReportFile?> EnterpriseAsync(int enterpriseId, CancellationToken ct)
    {
        var e = await enterprises.LoadAsync(enterpriseId, ct);
        if (e is null || e.DeletedAt is not null)
        {
            return null;
        }
        var enrolments = db.Enrolments.Where(x => x.EnterpriseId == enterpriseId && scope.Trainings().Any(t => t.Id == x.TrainingId));
        var kpis = await db.Kpis.OrderBy(k => k.SortOrder).ToListAsync(ct);
        var values = await db.KpiValues.Where(v => enrolments.Any(x => x.Id == v.EnrolmentId))
            .Select(v => new { v.EnrolmentId, Module = db.Enrolments.Where(x => x.Id == v.EnrolmentId).Select(x => x.Training!.ModuleNumber).First(), v.KpiCode, v.Value, v.MeasuredOn, Baseline = v.ConsultationId == null })
            .ToListAsync(ct);
        var actions = await db.ImprovementActions.Where(a => enrolments.Any(x => x.Id == a.EnrolmentId))
            .OrderBy(a => a.Status).ThenBy(a => a.DueDate)
            .Select(a => new { a.Description, a.Owner, a.DueDate, a.Status, Module = db.Enrolments.Where(x => x.Id == a.EnrolmentId).Select(x => x.Training!.ModuleNumber).First() })
            .ToListAsync(ct);

        var kpiRows = new List<IReadOnlyList<string>>();
        foreach (var group in values.GroupBy(v => (v.EnrolmentId, v.Module)).OrderBy(g => g.Key.Module))
        {
            foreach (var kpi in kpis)
            {
                var baseline = group.Where(v => v.KpiCode == kpi.Code && v.Baseline).OrderByDescending(v => v.MeasuredOn).FirstOrDefault();
                var latest = group.Where(v => v.KpiCode == kpi.Code && !v.Baseline).OrderByDescending(v => v.MeasuredOn).FirstOrDefault();
                if (baseline is null && latest is null)
                {
                    continue;
                }
                kpiRows.Add(
                [
                    text["Trainer.ModuleShort", group.Key.Module], Indonesian ? kpi.NameId : kpi.NameEn, Indonesian ? kpi.UnitId : kpi.UnitEn,
                    baseline is null ? "–" : Display.Number(baseline.Value, 2) + $" ({Display.Date(baseline.MeasuredOn)})",
                    latest is null ? "–" : Display.Number(latest.Value, 2) + $" ({Display.Date(latest.MeasuredOn)})",
                    Change(baseline?.Value, latest?.Value),
                ]);
            }
        }

        var document = new DocumentSpec(
            text["Report.EnterpriseTitle"],
            e.Name,
            [
                (text["Field.Partner"], e.Partner),
                (text["Report.Sector"], Indonesian ? e.SectorId : e.SectorEn),
                (text["Report.Location"], string.Join(", ", new[] { e.Regency, e.Province }.Where(v => !string.IsNullOrEmpty(v)))),
                (text["Report.SizeWorkers"], $"{text["SizeClass." + e.SizeClass]} · {text["Report.WomenMen", e.WorkersWomen, e.WorkersMen]}"),
                (text["Report.Owner"], e.OwnerName ?? "–"),
                ("NIB", e.Nib ?? "–"),
            ],
            [
                new HeadingBlock(text["Report.Modules"]),
                e.Journey.Count == 0
                    ? new ParagraphBlock(text["Report.NoModules"])
                    : new TableBlock(
                        [new(text["Training.Module"], 20), new(text["Report.Training"], 24), new(text["Report.Dates"], 17), new(text["Training.Status"], 12), new(text["Report.Visits"], 10, true), new(text["Report.Outcome"], 17)],
                        [
                            .. e.Journey.Select(j => (IReadOnlyList<string>)
                            [
                                $"{j.Module}. {(Indonesian ? j.ModuleId : j.ModuleEn)}", j.Training, $"{Display.Date(j.Start)} – {Display.Date(j.End)}",
                                text["TrainingStatus." + j.Status], Display.Number(j.Visits), Outcomes(j),
                            ]),
                        ]),
                new HeadingBlock(text["Report.Kpis"]),
                kpiRows.Count == 0
                    ? new ParagraphBlock(text["Report.NoKpis"])
                    : new TableBlock(
                        [new(text["Training.Module"], 9), new(text["Report.Kpi"], 25), new(text["Report.Unit"], 14), new(text["Report.Baseline"], 18, true), new(text["Report.Latest"], 18, true), new(text["Report.Change"], 16, true)],
                        kpiRows),
                new HeadingBlock(text["Report.Actions"]),
                actions.Count == 0
                    ? new ParagraphBlock(text["Report.NoActions"])
                    : new TableBlock(
                        [new(text["Training.Module"], 9), new(text["Report.Action"], 45), new(text["Report.ActionOwner"], 16), new(text["Report.Due"], 14), new(text["Training.Status"], 16)],
                        [.. actions.Select(a => (IReadOnlyList<string>)[text["Trainer.ModuleShort", a.Module], a.Description, a.Owner ?? "", Display.Date(a.DueDate), text["ActionStatus." + a.Status]])]),
            ],
            Footer,
            $"{text["Report.EnterpriseTitle"]} · {e.Name}");
        return new ReportFile(renderer.Render(document), $"{text["Report.EnterpriseFile"]}-{enterpriseId}.pdf");
    }

    private string Outcomes(JourneyStep j)
    {
        var yes = new List<string>();
        if (j.ProductivityImproved == true) { yes.Add(text["Workshop.Productivity"]); }
        if (j.CostsSaved == true) { yes.Add(text["Workshop.Costs"]); }
        if (j.DefectsReduced == true) { yes.Add(text["Workshop.Defects"]); }
        if (j.EnergySaved == true) { yes.Add(text["Workshop.Energy"]); }
        return yes.Count == 0 ? "–" : string.Join(", ", yes);
    }

    /// <summary>The change from baseline to latest, with its share of the baseline when that is not zero.</summary>
    private static string Change(decimal? baseline, decimal? latest)
    {
        if (baseline is not { } b || latest is not { } l)
        {
            return "–";
        }
        var change = l - b;
        var sign = change > 0 ? "+" : "";
        return b == 0 ? sign + Display.Number(change, 2) : $"{sign}{Display.Number(change, 2)} ({sign}{Display.Number(change * 100 / b, 1)}%)";
    }

    /// <summary>A partner's report for a period; null when the user may not see that partner.</summary>
    public async Task<ReportFile?> PartnerAsync(int partnerId, DateOnly from, DateOnly to, bool approvedOnly, CancellationToken ct)
    {
        if (!scope.ReadFor(partnerId).Allowed)
        {
            return null;
        }
        var partner = await db.Partners.Where(p => p.Id == partnerId).Select(p => new { p.Name, p.ShortName }).SingleOrDefaultAsync(ct);
        if (partner is null)
        {
            return null;
        }
        var filter = new FigureFilter(from, to, partnerId) { ApprovedOnly = approvedOnly };
        var result = await figures.ComputeAsync(filter, ct);
        var period = $"{Display.Date(from)} – {Display.Date(to)}";
        List<DocumentBlock> blocks = [.. Summary(result), .. Breakdowns(result), .. TrainingAnnex(await AnnexAsync(filter, ct))];
        var document = new DocumentSpec(
            text["Report.PartnerTitle"], partner.Name,
            [(text["Report.Period"], period), (text["Report.Scope"], text["Report.ScopeNote"]), (text["Report.Records"], RecordsShown(approvedOnly))],
            blocks, Footer, $"{text["Report.PartnerTitle"]} · {partner.ShortName} · {period}");
        return new ReportFile(renderer.Render(document), $"{text["Report.PartnerFile"]}-{partner.ShortName}-{from:yyyyMMdd}-{to:yyyyMMdd}.pdf");
    }

    /// <summary>What the figures of a report count: the report says it on its first page.</summary>
    private string RecordsShown(bool approvedOnly) => text[approvedOnly ? "Report.ApprovedOnly" : "Report.AllRecords"];

    /// <summary>The programme report across all partners, for ILO and BEDO; null for anyone else.</summary>
    public async Task<ReportFile?> ProgrammeAsync(DateOnly from, DateOnly to, bool approvedOnly, CancellationToken ct)
    {
        if (scope.ReadFor(null).Reach != PartnerReach.All)
        {
            return null;
        }
        var filter = new FigureFilter(from, to) { ApprovedOnly = approvedOnly };
        var result = await figures.ComputeAsync(filter, ct);
        var period = $"{Display.Date(from)} – {Display.Date(to)}";
        var partners = result.ByPartner;
        List<DocumentBlock> blocks =
        [
            .. Summary(result),
            new HeadingBlock(text["Report.ByPartner"]),
            new BarChartBlock(text["Report.ChartEnterprisesParticipants"], [.. partners.Select(p => p.ShortName)],
            [
                new(text["Home.Enterprises"], [.. partners.Select(p => (double)p.Figures.Enterprises)]),
                new(text["Report.Women"], [.. partners.Select(p => (double)p.Figures.Women)]),
                new(text["Report.Men"], [.. partners.Select(p => (double)p.Figures.Men)]),
            ]),
            new BarChartBlock(text["Report.ChartOutcomes"], [.. partners.Select(p => p.ShortName)],
            [
                new(text["Workshop.Productivity"], [.. partners.Select(p => Math.Round(p.Figures.Productivity.Percent ?? 0))]),
                new(text["Workshop.Costs"], [.. partners.Select(p => Math.Round(p.Figures.CostSavings.Percent ?? 0))]),
            ], "%"),
            new TableBlock(
            [
                new(text["Field.Partner"], 11), new(text["Report.Trainings"], 11, true), new(text["Home.Enterprises"], 13, true), new(text["Report.WomenMenShort"], 15, true),
                new(text["Report.ConsultationsDonePlanned"], 15, true), new(text["Report.PartnerFunded"], 11, true), new(text["Report.CostRecovery"], 11, true), new(text["Workshop.Productivity"], 13, true),
            ],
            [
                .. partners.Select(p => Row(p.ShortName, p.Figures)),
                Row(text["Report.Total"], result.Total),
            ]),
            .. Breakdowns(result),
            .. TrainingAnnex(await AnnexAsync(filter, ct)),
        ];
        var document = new DocumentSpec(
            text["Report.ProgrammeTitle"], text["Report.ProgrammeSubtitle"],
            [(text["Report.Period"], period), (text["Report.Partners"], Display.Number(partners.Count)), (text["Report.Scope"], text["Report.ScopeNote"]), (text["Report.Records"], RecordsShown(approvedOnly))],
            blocks, Footer, $"{text["Report.ProgrammeTitle"]} · {period}");
        return new ReportFile(renderer.Render(document), $"{text["Report.ProgrammeFile"]}-{from:yyyyMMdd}-{to:yyyyMMdd}.pdf");
    }

    private static IReadOnlyList<string> Row(string name, HeadlineFigures f) =>
    [
        name, Display.Number(f.Trainings), Display.Number(f.Enterprises), $"{Display.Number(f.Women)} / {Display.Number(f.Men)}",
        $"{Display.Number(f.ConsultationsDone)} / {Display.Number(f.ConsultationsPlanned)}", Display.Percent(f.PartnerFundedPercent),
        Display.Percent(f.CostRecoveryPercent), Display.Percent(f.Productivity.Percent),
    ];

    private IEnumerable<DocumentBlock> Summary(ProgrammeFigures result)
    {
        var f = result.Total;
        yield return new KeyFiguresBlock(
        [
            (text["Report.Trainings"], Display.Number(f.Trainings)),
            (text["Home.Enterprises"], Display.Number(f.Enterprises)),
            (text["Dashboard.WorkersBenefited"], $"{Display.Number(f.Workers)} ({Display.Number(f.WorkersWomen)} / {Display.Number(f.WorkersMen)})"),
            (text["Report.ParticipantsWomenMen"], $"{Display.Number(f.Participants)} ({Display.Number(f.Women)} / {Display.Number(f.Men)})"),
            (text["Report.Provinces"], Display.Number(result.ProvincesReached)),
            (text["Report.ConsultationsDonePlanned"], $"{Display.Number(f.ConsultationsDone)} / {Display.Number(f.ConsultationsPlanned)}"),
            (text["Report.PartnerFunded"], Display.Percent(f.PartnerFundedPercent)),
            (text["Report.CostRecovery"], Display.Percent(f.CostRecoveryPercent)),
            (text["Report.CostsSavedTotal"], Display.Rupiah(f.CostsSavedRupiah)),
        ]);
        yield return new HeadingBlock(text["Report.Outcomes"]);
        yield return new ParagraphBlock(text["Report.OutcomesNote"]);
        yield return new TableBlock(
            [new(text["Report.Outcome"], 40), new(text["Report.Answered"], 20, true), new(text["Report.Yes"], 20, true), new(text["Report.Share"], 20, true)],
            [
                .. new[]
                {
                    (text["Workshop.Productivity"].Value, f.Productivity), (text["Workshop.Costs"].Value, f.CostSavings),
                    (text["Workshop.Defects"].Value, f.Defects), (text["Workshop.Energy"].Value, f.Energy),
                }.Select(o => (IReadOnlyList<string>)[o.Item1, Display.Number(o.Item2.Answered), Display.Number(o.Item2.Yes), Display.Percent(o.Item2.Percent)]),
            ]);
    }

    private IEnumerable<DocumentBlock> Breakdowns(ProgrammeFigures result)
    {
        var modules = result.TrainingsByModule.Select(m => m.Module).Distinct().Order().ToList();
        var statuses = Enum.GetValues<TrainingStatus>();
        yield return new HeadingBlock(text["Report.TrainingsByModule"]);
        yield return new TableBlock(
            [new(text["Training.Module"], 30), .. statuses.Select(s => new TableColumn(text["TrainingStatus." + s], 14, true))],
            [
                .. modules.Select(m => (IReadOnlyList<string>)
                [
                    text["Trainer.ModuleShort", m].Value,
                    .. statuses.Select(s => Display.Number(result.TrainingsByModule.Where(x => x.Module == m && x.Status == s).Sum(x => x.Trainings))),
                ]),
            ]);
        yield return new HeadingBlock(text["Report.ParticipantsBySexPosition"]);
        yield return new TableBlock(
            [new(text["Person.Position"], 40), new(text["Report.Women"], 20, true), new(text["Report.Men"], 20, true), new(text["Report.Total"], 20, true)],
            [
                .. Enum.GetValues<PersonPosition>().Select(position =>
                {
                    var women = result.People.Where(p => p.Position == position && p.Sex == Sex.Female).Sum(p => p.People);
                    var men = result.People.Where(p => p.Position == position && p.Sex == Sex.Male).Sum(p => p.People);
                    return (IReadOnlyList<string>)[text["PersonPosition." + position], Display.Number(women), Display.Number(men), Display.Number(women + men)];
                }),
            ]);
        yield return new HeadingBlock(text["Report.Provinces"]);
        yield return new TableBlock(
            [new(text["Report.Province"], 50), new(text["Home.Enterprises"], 25, true), new(text["Report.TrainingsHeld"], 25, true)],
            [.. result.Provinces.Select(p => (IReadOnlyList<string>)[p.Name, Display.Number(p.Enterprises), Display.Number(p.Trainings)])]);
        yield return new HeadingBlock(text["Report.FundingMix"]);
        var total = result.Funding.Sum(x => x.Trainings);
        yield return new TableBlock(
            [new(text["Training.Funding"], 28), new(text["Report.Trainings"], 12, true), new(text["Report.Share"], 10, true), new(text["Report.TotalCost"], 17, true), new(text["Report.Fees"], 17, true), new(text["Report.Sponsor"], 16, true)],
            [
                .. result.Funding.Select(x => (IReadOnlyList<string>)
                [
                    text["FundingSource." + x.Source], Display.Number(x.Trainings), Display.Percent(total == 0 ? null : 100.0 * x.Trainings / total),
                    Display.Rupiah(x.TotalCost), Display.Rupiah(x.FeesCollected), Display.Rupiah(x.SponsorContribution),
                ]),
            ]);
    }

    private sealed record AnnexRow(string Partner, int Module, string Title, DateOnly Start, TrainingStatus Status, int Enterprises, int Participants);

    private Task<List<AnnexRow>> AnnexAsync(FigureFilter filter, CancellationToken ct) =>
        figures.Trainings(filter).OrderBy(t => t.Partner!.ShortName).ThenBy(t => t.PlannedStart).ThenBy(t => t.Id)
            .Select(t => new AnnexRow(t.Partner!.ShortName, t.ModuleNumber, t.Title, t.PlannedStart, t.Status, t.Enrolments.Count, t.Enrolments.SelectMany(e => e.Participants).Count()))
            .ToListAsync(ct);

    private IEnumerable<DocumentBlock> TrainingAnnex(List<AnnexRow> rows)
    {
        yield return new PageBreakBlock();
        yield return new HeadingBlock(text["Report.Annex"]);
        yield return new TableBlock(
            [new(text["Field.Partner"], 10), new(text["Training.Module"], 8, true), new(text["Report.Training"], 32), new(text["Report.Start"], 13), new(text["Training.Status"], 13), new(text["Home.Enterprises"], 12, true), new(text["Training.Participants"], 12, true)],
            [.. rows.Select(r => (IReadOnlyList<string>)[r.Partner, Display.Number(r.Module), r.Title, Display.Date(r.Start), text["TrainingStatus." + r.Status], Display.Number(r.Enterprises), Display.Number(r.Participants)])],
            MinRowHeight: 14);
    }
}
