using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Documents;
using Score.Web.Domain;
using Score.Web.Figures;
using Score.Web.Infrastructure;
using Score.Web.Localization;

namespace Score.Web.Features.Reports;

/// <summary>One table of the results report: printed under its title in the PDF, one sheet of the workbook.</summary>
public sealed record ResultTable(string Sheet, string Title, IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<Cell>> Rows);

public sealed record ResultSection(string Title, IReadOnlyList<ResultTable> Tables);

/// <summary>
/// The programme's results as funders read them (the DCED Standard's outreach, outcomes and sustainability),
/// with the method that produced them; the same content whether printed or opened as a workbook.
/// </summary>
public sealed record ResultsReport(
    string Subtitle, string Period, IReadOnlyList<(string Label, string Value)> Facts, IReadOnlyList<ResultSection> Sections,
    IReadOnlyList<string> Method, string FileStem);

/// <summary>
/// Builds the results report for a period and optionally a partner, from the queries the dashboard uses
/// (<see cref="ProgrammeFigureQueries"/>), so the headline figures are the dashboard's.
/// </summary>
public sealed class ResultsReports(
    ScoreDbContext db, PartnerScope scope, CurrentUser me, TimeProvider clock, ProgrammeFigureQueries figures, IDocumentRenderer renderer,
    IStringLocalizer<SharedResource> text)
{
    /// <summary>The report, or null when the user may not see the partner asked for (or any partner's results, as a trainer).</summary>
    public async Task<ResultsReport?> BuildAsync(int? partnerId, DateOnly? from, DateOnly? to, bool approvedOnly, CancellationToken ct)
    {
        var read = scope.ReadFor(partnerId);
        if (!read.Allowed)
        {
            return null;
        }
        var partner = read.PartnerId is null ? null : await db.Partners.Where(p => p.Id == read.PartnerId).Select(p => new PartnerNames(p.Name, p.ShortName)).SingleOrDefaultAsync(ct);
        if (read.PartnerId is not null && partner is null)
        {
            return null;
        }
        var data = await LoadAsync(new FigureFilter(from, to, read.PartnerId) { ApprovedOnly = approvedOnly }, ct);
        var period = PeriodText.Of(text, from, to);
        var records = text[approvedOnly ? "Report.ApprovedOnly" : "Report.AllRecords"];
        var who = partner?.Name ?? text["Results.AllPartners"];
        var stem = $"{text["Results.File"]}-{partner?.ShortName ?? text["Results.FileProgramme"]}" + (from is { } a ? $"-{a:yyyyMMdd}" : "") + (to is { } b ? $"-{b:yyyyMMdd}" : "");
        return new ResultsReport(
            partner?.Name ?? text["Report.ProgrammeSubtitle"],
            period,
            [(text["Report.Period"], period), (text["Field.Partner"], who), (text["Report.Records"], records)],
            [
                new(text["Results.Outreach"], OutreachTables(data)),
                new(text["Results.Outcomes"], OutcomeTables(data)),
                new(text["Results.Sustainability"], SustainabilityTables(data)),
            ],
            Method(data, text["Results.Method.Scope", period, who, records]),
            stem);
    }

    private sealed record PartnerNames(string Name, string ShortName);

    private sealed record ProfileRow(int SectorId, SizeClass SizeClass, int Enterprises, int Women, int Men);

    private sealed record MoneyRow(int Year, int PartnerId, bool PartnerFunded, int Trainings, decimal Cost, decimal Fees, decimal Sponsor);

    /// <summary>Everything the report's tables are made of, read once for the filter.</summary>
    private sealed record ReportData(
        ProgrammeFigures Figures, KpiOutcomes Kpis, IReadOnlyList<ProfileRow> Profile, IReadOnlyList<Sector> Sectors, IReadOnlyList<MoneyRow> Money,
        IReadOnlyDictionary<int, string> PartnerNames, IReadOnlyList<Kpi> KpiNames, IReadOnlyList<ScoreModule> Modules);

    private async Task<ReportData> LoadAsync(FigureFilter filter, CancellationToken ct)
    {
        var result = await figures.ComputeAsync(filter, ct);
        var kpis = await figures.KpiOutcomesAsync(filter, enterpriseTotals: true, ct);
        var (enrolments, _) = await figures.FactsAsync(filter, ct);
        var reached = enrolments.Where(x => x.Status != TrainingStatus.Cancelled)
            .GroupBy(x => x.EnterpriseId)
            .Select(g => new { Id = g.Key, Women = g.Max(x => x.WorkersWomen), Men = g.Max(x => x.WorkersMen) });
        var profile = await (
                from r in reached
                join e in db.Enterprises on r.Id equals e.Id
                group r by new { e.SectorId, e.SizeClass } into g
                select new ProfileRow(g.Key.SectorId, g.Key.SizeClass, g.Count(), g.Sum(x => x.Women), g.Sum(x => x.Men)))
            .ToListAsync(ct);
        var money = await figures.Trainings(filter).Where(t => t.Status != TrainingStatus.Cancelled)
            .GroupBy(t => new { t.PlannedStart.Year, t.PartnerId, PartnerFunded = t.Funding != FundingSource.IloOrDonor })
            .Select(g => new MoneyRow(g.Key.Year, g.Key.PartnerId, g.Key.PartnerFunded, g.Count(), g.Sum(t => t.TotalCost), g.Sum(t => t.FeesCollected), g.Sum(t => t.SponsorContribution)))
            .ToListAsync(ct);
        return new ReportData(
            result, kpis, profile, await db.Sectors.OrderBy(s => s.Id).ToListAsync(ct), money,
            await db.Partners.Select(p => new { p.Id, p.ShortName }).ToDictionaryAsync(p => p.Id, p => p.ShortName, ct),
            await db.Kpis.OrderBy(k => k.SortOrder).ToListAsync(ct),
            await db.Modules.OrderBy(m => m.Number).ToListAsync(ct));
    }

    private TableColumn Text(string key, double width) => new(text[key], width);

    private TableColumn Figure(string key, double width) => new(text[key], width, AlignRight: true);

    /// <summary>Headline, people by sex and position, provinces, workforce by sector and by size.</summary>
    private IReadOnlyList<ResultTable> OutreachTables(ReportData data)
    {
        var result = data.Figures;
        var f = result.Total;
        var indonesian = Cultures.IsIndonesian;
        var headline = new ResultTable(text["Results.Sheet.Headline"], text["Results.Headline"],
            [Text("Results.Figure", 34), Figure("Results.Value", 16), Text("Results.Rule", 50)],
            [
                [new TextCell(text["Dashboard.EnterprisesReached"]), new CountCell(f.Enterprises), new TextCell(text["Dashboard.Rule.Enterprises"])],
                [new TextCell(text["Dashboard.WorkersBenefited"]), new CountCell(f.Workers), new TextCell(text["Dashboard.Rule.Workers"])],
                [new TextCell(text["Results.WorkersWomen"]), new CountCell(f.WorkersWomen), new TextCell("")],
                [new TextCell(text["Results.WorkersMen"]), new CountCell(f.WorkersMen), new TextCell("")],
                [new TextCell(text["Results.ParticipantsTrained"]), new CountCell(f.Participants), new TextCell(text["Dashboard.Rule.Participants"])],
                [new TextCell(text["Results.ParticipantsWomen"]), new CountCell(f.Women), new TextCell("")],
                [new TextCell(text["Results.ParticipantsMen"]), new CountCell(f.Men), new TextCell("")],
                [new TextCell(text["Dashboard.ProvincesCovered"]), new CountCell(result.ProvincesReached), new TextCell(text["Dashboard.Rule.Provinces"])],
                [new TextCell(text["Results.ProvincesByVenue"]), new CountCell(result.ProvincesByVenue), new TextCell("")],
                [new TextCell(text["Results.ProvincesByEnterprise"]), new CountCell(result.ProvincesByEnterprise), new TextCell("")],
                [new TextCell(text["Workshop.Productivity"]), new PercentCell(f.Productivity.Percent), new TextCell(text["Dashboard.Rule.Outcomes"])],
                [new TextCell(text["Workshop.Costs"]), new PercentCell(f.CostSavings.Percent), new TextCell(text["Dashboard.Rule.Outcomes"])],
                [new TextCell(text["Report.PartnerFunded"]), new PercentCell(f.PartnerFundedPercent), new TextCell(text["Dashboard.Rule.PartnerFunded"])],
                [new TextCell(text["Report.Trainings"]), new CountCell(f.Trainings), new TextCell(text["Dashboard.Rule.Trainings"])],
            ]);
        var people = new ResultTable(text["Results.Sheet.People"], text["Report.ParticipantsBySexPosition"],
            [Text("Person.Position", 40), Figure("Report.Women", 20), Figure("Report.Men", 20), Figure("Report.Total", 20)],
            [
                .. Enum.GetValues<PersonPosition>().Select(position =>
                {
                    var women = result.People.Where(p => p.Position == position && p.Sex == Sex.Female).Sum(p => p.People);
                    var men = result.People.Where(p => p.Position == position && p.Sex == Sex.Male).Sum(p => p.People);
                    return (IReadOnlyList<Cell>)[new TextCell(text["PersonPosition." + position]), new CountCell(women), new CountCell(men), new CountCell(women + men)];
                }),
            ]);
        var provinces = new ResultTable(text["Results.Sheet.Provinces"], text["Results.ProvincesTitle"],
            [Text("Report.Province", 50), Figure("Home.Enterprises", 25), Figure("Report.TrainingsHeld", 25)],
            [.. result.Provinces.Select(p => (IReadOnlyList<Cell>)[new TextCell(p.Name), new CountCell(p.Enterprises), new CountCell(p.Trainings)])]);
        IReadOnlyList<TableColumn> workforceColumns(string first) =>
            [Text(first, 40), Figure("Home.Enterprises", 15), Figure("Results.WorkersWomen", 15), Figure("Results.WorkersMen", 15), Figure("Results.Workers", 15)];
        IReadOnlyList<Cell> workforceRow(string name, IReadOnlyCollection<ProfileRow> rows) =>
            [new TextCell(name), new CountCell(rows.Sum(p => p.Enterprises)), new CountCell(rows.Sum(p => p.Women)), new CountCell(rows.Sum(p => p.Men)), new CountCell(rows.Sum(p => p.Women + p.Men))];
        var bySector = new ResultTable(text["Results.Sheet.Sectors"], text["Results.BySector"], workforceColumns("Report.Sector"),
            [
                .. data.Sectors.Select(s => (Sector: s, Rows: data.Profile.Where(p => p.SectorId == s.Id).ToList()))
                    .Where(x => x.Rows.Count > 0)
                    .OrderByDescending(x => x.Rows.Sum(p => p.Enterprises)).ThenBy(x => x.Sector.Id)
                    .Select(x => workforceRow(x.Sector.Name(indonesian), x.Rows)),
            ]);
        var bySize = new ResultTable(text["Results.Sheet.Sizes"], text["Results.BySize"], workforceColumns("Enterprise.SizeClass"),
            [
                .. Enum.GetValues<SizeClass>().Select(c => (Class: c, Rows: data.Profile.Where(p => p.SizeClass == c).ToList()))
                    .Where(x => x.Rows.Count > 0)
                    .Select(x => workforceRow(text["SizeClass." + x.Class], x.Rows)),
            ]);
        return [headline, people, provinces, bySector, bySize];
    }

    /// <summary>KPI changes, the outcomes enterprises reported at the workshop, and the costs they saved.</summary>
    private IReadOnlyList<ResultTable> OutcomeTables(ReportData data)
    {
        var f = data.Figures.Total;
        var kpis = data.Kpis;
        var indonesian = Cultures.IsIndonesian;
        var kpiTable = new ResultTable(text["Results.Sheet.Kpis"], text["Results.KpiChanges"],
            [Text("Report.Kpi", 34), Figure("Results.EnterprisesMeasured", 17), Figure("Results.EnterprisesImproved", 17), Figure("Report.Share", 14), Figure("Dashboard.MedianChange", 18)],
            [
                .. data.KpiNames.Where(k => kpis.ByKpi.Any(x => x.Code == k.Code)).Select(k =>
                {
                    var x = kpis.ByKpi.Single(o => o.Code == k.Code);
                    return (IReadOnlyList<Cell>)[new TextCell(indonesian ? k.NameId : k.NameEn), new CountCell(x.Enterprises), new CountCell(x.EnterprisesImproved), new PercentCell(x.ImprovedPercent), new ChangeCell(x.MedianPercent)];
                }),
                [new TextCell(text["Results.AnyKpi"]), new CountCell(kpis.Enterprises), new CountCell(kpis.EnterprisesImproved), new PercentCell(kpis.ImprovedPercent), new ChangeCell(null)],
            ]);
        var reported = new ResultTable(text["Results.Sheet.Reported"], text["Report.Outcomes"],
            [Text("Report.Outcome", 40), Figure("Report.Answered", 20), Figure("Report.Yes", 20), Figure("Report.Share", 20)],
            [
                .. new[] { ("Workshop.Productivity", f.Productivity), ("Workshop.Costs", f.CostSavings), ("Workshop.Defects", f.Defects), ("Workshop.Energy", f.Energy) }
                    .Select(o => (IReadOnlyList<Cell>)[new TextCell(text[o.Item1]), new CountCell(o.Item2.Answered), new CountCell(o.Item2.Yes), new PercentCell(o.Item2.Percent)]),
            ]);
        var savings = new ResultTable(text["Results.Sheet.Savings"], text["Results.Savings"],
            [Text("Results.Figure", 60), Figure("Results.Value", 40)],
            [[new TextCell(text["Report.CostsSavedTotal"]), new RupiahCell(f.CostsSavedRupiah)]]);
        return [kpiTable, reported, savings];
    }

    /// <summary>The funding mix, and money by year and by year and partner.</summary>
    private IReadOnlyList<ResultTable> SustainabilityTables(ReportData data)
    {
        var result = data.Figures;
        var trainingsTotal = result.Funding.Sum(x => x.Trainings);
        var funding = new ResultTable(text["Results.Sheet.Funding"], text["Report.FundingMix"],
            [Text("Training.Funding", 26), Figure("Report.Trainings", 12), Figure("Report.Share", 13), Figure("Report.TotalCost", 17), Figure("Report.Fees", 16), Figure("Report.Sponsor", 16)],
            [
                .. result.Funding.Select(x => (IReadOnlyList<Cell>)
                [
                    new TextCell(text["FundingSource." + x.Source]), new CountCell(x.Trainings), new PercentCell(trainingsTotal == 0 ? null : 100.0 * x.Trainings / trainingsTotal),
                    new RupiahCell(x.TotalCost), new RupiahCell(x.FeesCollected), new RupiahCell(x.SponsorContribution),
                ]),
            ]);
        var moneyColumns = new[]
        {
            Figure("Report.Trainings", 11), Figure("Results.PartnerFundedCount", 11), Figure("Report.Share", 13),
            Figure("Report.TotalCost", 16), Figure("Report.Fees", 15), Figure("Report.Sponsor", 13), Figure("Report.Donor", 13), Figure("Report.CostRecovery", 12),
        };
        var byYear = new ResultTable(text["Results.Sheet.Years"], text["Results.ByYear"],
            [Text("Dashboard.Year", 12), .. moneyColumns],
            [
                .. data.Money.GroupBy(m => m.Year).OrderBy(g => g.Key)
                    .Select(g => (IReadOnlyList<Cell>)[new TextCell(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. MoneyCells(g)]),
                [new TextCell(text["Report.Total"]), .. MoneyCells(data.Money)],
            ]);
        var byYearPartner = new ResultTable(text["Results.Sheet.YearsPartners"], text["Results.ByYearPartner"],
            [Text("Dashboard.Year", 8), Text("Field.Partner", 10), .. moneyColumns.Select(c => c with { Width = c.Width * 0.85 })],
            [
                .. data.Money.GroupBy(m => (m.Year, Partner: data.PartnerNames.GetValueOrDefault(m.PartnerId, ""))).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Partner, StringComparer.Ordinal)
                    .Select(g => (IReadOnlyList<Cell>)
                    [
                        new TextCell(g.Key.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), new TextCell(g.Key.Partner), .. MoneyCells(g),
                    ]),
            ]);
        return [funding, byYear, byYearPartner];
    }

    /// <summary>The method section: what the report covers, each figure's rule, then the completion rule of each module.</summary>
    private IReadOnlyList<string> Method(ReportData data, string scopeLine)
    {
        var indonesian = Cultures.IsIndonesian;
        string kpiNames(bool higherIsBetter) => string.Join(", ",
            data.KpiNames.Where(k => KpiDirection.HigherIsBetter.Contains(k.Code) == higherIsBetter).Select(k => indonesian ? k.NameId : k.NameEn));
        return
        [
            scopeLine,
            $"{text["Dashboard.EnterprisesReached"]}: {text["Dashboard.Rule.Enterprises"]}",
            $"{text["Dashboard.WorkersBenefited"]}: {text["Dashboard.Rule.Workers"]}",
            $"{text["Results.ParticipantsTrained"]}: {text["Dashboard.Rule.Participants"]}",
            $"{text["Dashboard.ProvincesCovered"]}: {text["Dashboard.Rule.Provinces"]}",
            $"{text["Report.Outcomes"]}: {text["Dashboard.Rule.Outcomes"]}",
            text["Results.Method.Kpis", kpiNames(true), kpiNames(false)],
            $"{text["Report.PartnerFunded"]}: {text["Dashboard.Rule.PartnerFunded"]}",
            $"{text["Report.CostRecovery"]}: {text["Dashboard.Rule.CostRecovery"]}",
            .. data.Modules.Select(m => text["Results.Method.Completion", m.Number, m.Name(indonesian), m.ParticipantMinAttendancePercent, EnterpriseRule(m)].Value),
            text["Results.Method.AsOf", Display.DateTime(clock.GetUtcNow())],
        ];
    }

    /// <summary>Trainings, partner-funded, share, total cost, fees, sponsor, cost recovery.</summary>
    private static IReadOnlyList<Cell> MoneyCells(IEnumerable<MoneyRow> rows)
    {
        var list = rows.ToList();
        var trainings = list.Sum(r => r.Trainings);
        var partnerFunded = list.Where(r => r.PartnerFunded).Sum(r => r.Trainings);
        var cost = list.Sum(r => r.Cost);
        // Donor money is what ILO and donors gave to the trainings they funded (those not partner-funded).
        var sponsors = list.Where(r => r.PartnerFunded).Sum(r => r.Sponsor);
        var donors = list.Where(r => !r.PartnerFunded).Sum(r => r.Sponsor);
        var fees = list.Sum(r => r.Fees);
        return
        [
            new CountCell(trainings), new CountCell(partnerFunded), new PercentCell(trainings == 0 ? null : 100.0 * partnerFunded / trainings),
            new RupiahCell(cost), new RupiahCell(fees), new RupiahCell(sponsors), new RupiahCell(donors),
            new PercentCell(CostRecovery.Percent(cost, fees + sponsors)),
        ];
    }

    private string EnterpriseRule(ScoreModule module)
    {
        var conditions = new List<string>();
        if (module.EnterpriseNeedsManagerAndWorker) { conditions.Add(text["Results.Method.ManagerAndWorker"]); }
        if (module.EnterpriseNeedsPlannedConsultations) { conditions.Add(text["Results.Method.Consultations", module.PlannedConsultations, module.ConsultationWindowDays]); }
        if (module.EnterpriseNeedsWorkshop) { conditions.Add(text["Results.Method.Workshop"]); }
        return conditions.Count == 0 ? text["Results.Method.NoCondition"] : string.Join("; ", conditions);
    }

    public byte[] Pdf(ResultsReport report)
    {
        List<DocumentBlock> blocks = [];
        foreach (var section in report.Sections)
        {
            blocks.Add(new HeadingBlock(section.Title));
            foreach (var table in section.Tables)
            {
                blocks.Add(new HeadingBlock(table.Title, Level: 2));
                blocks.Add(new TableBlock(table.Columns, [.. table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(c => c.Shown)])]));
            }
        }
        blocks.Add(new HeadingBlock(text["Results.Method"]));
        blocks.AddRange(report.Method.Select(p => new ParagraphBlock(p)));
        var footer = text["Report.Footer", "{0}", "{1}", Display.DateTime(clock.GetUtcNow()), me.AuditName];
        // Landscape: the money columns hold programme-wide sums (Rp 78.265.000.000) side by side.
        return renderer.Render(new DocumentSpec(text["Results.Title"], report.Subtitle, report.Facts, blocks, footer, $"{text["Results.Title"]} · {report.Period}", Landscape: true));
    }

    /// <summary>The workbook: what the report covers, then one sheet per table (numbers as numbers), then the method.</summary>
    public byte[] Xlsx(ResultsReport report)
    {
        var label = text["Results.Figure"].Value;
        var value = text["Results.Value"].Value;
        var sheets = new Dictionary<string, object>
        {
            [text["Results.Sheet.About"]] = report.Facts.Select(x => new Dictionary<string, object?> { [label] = x.Label, [value] = Safe(x.Value) }).ToList(),
        };
        foreach (var table in report.Sections.SelectMany(s => s.Tables))
        {
            var rows = table.Rows
                .Select(r => table.Columns.Select((c, i) => (c.Header, Value: r[i].Exported)).ToDictionary(x => x.Header, x => x.Value is string s ? Safe(s) : x.Value))
                .ToList();
            // An empty table still names its columns.
            sheets[table.Sheet] = rows.Count > 0 ? rows : [table.Columns.ToDictionary(c => c.Header, _ => (object?)null)];
        }
        sheets[text["Results.Method"]] = report.Method.Select(p => new Dictionary<string, object?> { [text["Results.Method"].Value] = Safe(p) }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static string Safe(string value) => FormulaSafe.NeedsQuote(value) ? FormulaSafe.Quote(value) : value;
}
