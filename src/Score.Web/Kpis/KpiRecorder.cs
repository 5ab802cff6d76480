using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Localization;

namespace Score.Web.Kpis;

/// <summary>KPI values of an enrolled enterprise, at its baseline or at a visit, checked for plausibility.</summary>
public sealed class KpiRecorder(ScoreDbContext db, IStringLocalizer<SharedResource> text)
{
    /// <summary>Every KPI with the enterprise's previous value, the one a new value is compared with.</summary>
    public async Task<List<KpiRow>> RowsAsync(int enrolmentId, bool forBaseline, CancellationToken ct) =>
        await RowsAsync(enrolmentId, await db.Enrolments.Where(e => e.Id == enrolmentId).Select(e => e.EnterpriseId).SingleAsync(ct), forBaseline, ct);

    /// <summary>The same, when the enrolment's enterprise is known already.</summary>
    public async Task<List<KpiRow>> RowsAsync(int enrolmentId, int enterpriseId, bool forBaseline, CancellationToken ct)
    {
        var earlier = db.KpiValues.Where(v => db.Enrolments.Any(e => e.Id == v.EnrolmentId && e.EnterpriseId == enterpriseId));
        if (forBaseline)
        {
            // Editing a baseline compares it with what came before it, not with itself.
            earlier = earlier.Where(v => !(v.EnrolmentId == enrolmentId && v.ConsultationId == null));
        }
        var previous = await earlier
            .GroupBy(v => v.KpiCode)
            .Select(g => g.OrderByDescending(v => v.MeasuredOn).ThenByDescending(v => v.Id).Select(v => new { v.KpiCode, v.Value }).First())
            .ToDictionaryAsync(v => v.KpiCode, v => v.Value, ct);
        var indonesian = Cultures.IsIndonesian;
        return (await db.Kpis.OrderBy(k => k.SortOrder).ToListAsync(ct))
            .Select(k => new KpiRow(k.Code, indonesian ? k.NameId : k.NameEn, indonesian ? k.UnitId : k.UnitEn, k.Kind,
                previous.TryGetValue(k.Code, out var p) ? p : null))
            .ToList();
    }

    public (List<FieldError> Errors, List<string> Warnings) Check(IReadOnlyList<KpiInput> inputs, IReadOnlyList<KpiRow> rows)
    {
        var errors = new List<FieldError>();
        var warnings = new List<string>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var row = rows.FirstOrDefault(r => r.Code == input.Code);
            if (row is null || input.Value is not { } value)
            {
                continue;
            }
            var problem = KpiCheck.Validate(row.Kind, value);
            if (problem != KpiCheck.Problem.None)
            {
                errors.Add(new($"Kpis[{i}].Value", text["Kpi." + problem]));
            }
            else if (KpiCheck.IsImplausibleJump(row.Previous, value))
            {
                warnings.Add(text["Kpi.Jump", row.Name, Display.Kpi(value), Display.Kpi(row.Previous!.Value)]);
            }
            if (input.Period?.Length > 40)
            {
                errors.Add(new($"Kpis[{i}].Period", text["Import.TooLong", 40]));
            }
        }
        return (errors, warnings);
    }

    public void Record(int enrolmentId, int? consultationId, DateOnly measuredOn, IEnumerable<KpiInput> inputs)
    {
        foreach (var input in inputs.Where(i => i.Value is not null))
        {
            db.KpiValues.Add(new KpiValue
            {
                EnrolmentId = enrolmentId, ConsultationId = consultationId, KpiCode = input.Code, Value = input.Value!.Value,
                Period = input.Period.TrimmedOrNull(), MeasuredOn = measuredOn,
            });
        }
    }
}
