using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Localization;
using Score.Web.Documents;
using Score.Web.Domain;
using Score.Web.Localization;

namespace Score.Web.Features.Dashboard;

public sealed record TableRow(IReadOnlyList<Cell> Cells, string? Link = null);

/// <summary>One of the dashboard's tables: shown under its chart, and exported as .xlsx or CSV.</summary>
public sealed record DashboardTable(string Key, string Title, IReadOnlyList<string> Headers, IReadOnlyList<TableRow> Rows);

/// <summary>The dashboard's figures laid out as tables, in the user's language, with links to the lists behind them.</summary>
public static class DashboardTables
{
    public static IReadOnlyList<DashboardTable> Build(DashboardView view, IStringLocalizer text)
    {
        var indonesian = Cultures.IsIndonesian;
        var f = view.Figures;
        var filter = view.Filter;
        var (from, to) = filter.Period();
        string Trainings(params (string Key, string? Value)[] extra) => "/trainings" + Query(filter, from, to, extra);
        var tables = new List<DashboardTable>();
        if (view.IsProgramme && filter.Partner is null)
        {
            tables.Add(new("partners", text["Dashboard.ByPartner"],
                [text["Field.Partner"], text["Report.Trainings"], text["Home.Enterprises"], text["Report.Women"], text["Report.Men"],
                 text["Dashboard.ConsultationsDone"], text["Dashboard.ConsultationsPlanned"], text["Report.PartnerFunded"], text["Report.CostRecovery"], text["Workshop.Productivity"]],
                [
                    .. f.ByPartner.Select(p => new TableRow(
                        [new TextCell(p.ShortName), new CountCell(p.Figures.Trainings), new CountCell(p.Figures.Enterprises), new CountCell(p.Figures.Women), new CountCell(p.Figures.Men),
                         new CountCell(p.Figures.ConsultationsDone), new CountCell(p.Figures.ConsultationsPlanned), new PercentCell(p.Figures.PartnerFundedPercent),
                         new PercentCell(p.Figures.CostRecoveryPercent), new PercentCell(p.Figures.Productivity.Percent)],
                        "/dashboard" + Query(filter with { Partner = p.PartnerId }, null, null, []))),
                ]));
        }
        tables.Add(new("modules", text["Dashboard.ByModule"],
            [text["Training.Module"], text["Report.Trainings"], text["Home.Enterprises"], text["Training.Participants"], text["Certificate.EnterprisesCompleted"]],
            [
                .. view.Modules.Select(m => new TableRow(
                    [new TextCell($"{m.Module}. {(indonesian ? m.NameId : m.NameEn)}"), new CountCell(m.Trainings), new CountCell(m.Enterprises), new CountCell(m.Participants), new CountCell(m.EnterprisesCompleted)],
                    Trainings(("module", m.Module.ToString(System.Globalization.CultureInfo.InvariantCulture))))),
            ]));
        var statuses = Enum.GetValues<TrainingStatus>();
        tables.Add(new("statuses", text["Report.TrainingsByModule"],
            [text["Training.Module"], .. statuses.Select(s => text["TrainingStatus." + s].Value)],
            [
                .. view.Modules.Select(m => new TableRow(
                    [new TextCell(text["Trainer.ModuleShort", m.Module]), .. statuses.Select(s => (Cell)new CountCell(f.TrainingsByModule.Where(x => x.Module == m.Module && x.Status == s).Sum(x => x.Trainings)))],
                    Trainings(("module", m.Module.ToString(System.Globalization.CultureInfo.InvariantCulture))))),
            ]));
        tables.Add(new("quarters", text["Dashboard.Trends"],
            [text["Dashboard.Quarter"], text["Report.Trainings"], text["Home.Enterprises"], text["Training.Participants"]],
            [.. view.Quarters.Select(q => new TableRow([new TextCell(q.Label), new CountCell(q.Trainings), new CountCell(q.Enterprises), new CountCell(q.Participants)]))]));
        tables.Add(new("provinces", text["Report.Provinces"],
            [text["Report.Province"], text["Home.Enterprises"], text["Report.TrainingsHeld"]],
            [.. f.Provinces.Select(p => new TableRow([new TextCell(p.Name), new CountCell(p.Enterprises), new CountCell(p.Trainings)]))]));
        tables.Add(new("people", text["Report.ParticipantsBySexPosition"],
            [text["Person.Position"], text["Report.Women"], text["Report.Men"], text["Report.Total"]],
            [
                .. Enum.GetValues<PersonPosition>().Select(position =>
                {
                    var women = f.People.Where(p => p.Position == position && p.Sex == Sex.Female).Sum(p => p.People);
                    var men = f.People.Where(p => p.Position == position && p.Sex == Sex.Male).Sum(p => p.People);
                    return new TableRow([new TextCell(text["PersonPosition." + position]), new CountCell(women), new CountCell(men), new CountCell(women + men)]);
                }),
            ]));
        tables.Add(new("outcomes", text["Report.Outcomes"],
            [text["Report.Outcome"], text["Report.Answered"], text["Report.Yes"], text["Report.Share"]],
            [
                .. new[]
                {
                    (text["Workshop.Productivity"].Value, f.Total.Productivity), (text["Workshop.Costs"].Value, f.Total.CostSavings),
                    (text["Workshop.Defects"].Value, f.Total.Defects), (text["Workshop.Energy"].Value, f.Total.Energy),
                }.Select(o => new TableRow([new TextCell(o.Item1), new CountCell(o.Item2.Answered), new CountCell(o.Item2.Yes), new PercentCell(o.Item2.Percent)])),
            ]));
        tables.Add(new("kpis", text["Dashboard.KpiChanges"],
            [text["Report.Kpi"], text["Home.Enterprises"], text["Dashboard.MedianChange"]],
            [.. view.KpiChanges.Select(k => new TableRow([new TextCell(indonesian ? k.NameId : k.NameEn), new CountCell(k.Enterprises), new PercentCell(k.MedianPercent)]))]));
        var trainingsTotal = f.Funding.Sum(x => x.Trainings);
        tables.Add(new("funding", text["Report.FundingMix"],
            [text["Training.Funding"], text["Report.Trainings"], text["Report.Share"], text["Report.TotalCost"], text["Report.Fees"], text["Report.Sponsor"]],
            [
                .. f.Funding.Select(x => new TableRow(
                    [new TextCell(text["FundingSource." + x.Source]), new CountCell(x.Trainings), new PercentCell(trainingsTotal == 0 ? null : 100.0 * x.Trainings / trainingsTotal),
                     new RupiahCell(x.TotalCost), new RupiahCell(x.FeesCollected), new RupiahCell(x.SponsorContribution)])),
            ]));
        return tables;
    }

    /// <summary>The list's query string for the dashboard's filter: the period resolved, the other filters as chosen.</summary>
    public static string Query(DashboardFilter filter, DateOnly? from, DateOnly? to, (string Key, string? Value)[] extra)
    {
        var query = new QueryBuilder();
        var iso = System.Globalization.CultureInfo.InvariantCulture;
        if (from is null && to is null)
        {
            foreach (var pair in filter.Query())
            {
                query.Add(pair.Key, pair.Value ?? "");
            }
        }
        else
        {
            if (from is { } f) { query.Add("from", f.ToString("yyyy-MM-dd", iso)); }
            if (to is { } t) { query.Add("to", t.ToString("yyyy-MM-dd", iso)); }
            if (filter.Partner is { } p) { query.Add("partner", p.ToString(iso)); }
            if (!string.IsNullOrEmpty(filter.Province)) { query.Add("province", filter.Province); }
            if (filter.Variant is { } v) { query.Add("variant", v.ToString(iso)); }
            if (filter.Module is { } m && !extra.Any(e => e.Key == "module")) { query.Add("module", m.ToString(iso)); }
            if (filter.Approved) { query.Add("approved", "true"); }
        }
        foreach (var (key, value) in extra.Where(e => e.Value is not null))
        {
            query.Add(key, value!);
        }
        return query.ToQueryString().Value ?? "";
    }
}
