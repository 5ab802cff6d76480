using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using Score.Web.Domain;

namespace Score.Web.Data;

/// <summary>
/// Writes the reference data (<see cref="ReferenceData"/>: modules, provinces, regencies, sectors, partner kinds, KPIs,
/// checklist items, roles) into a migrated database. Rows already there are left as they are, so it runs at every
/// start and an administrator's change to a module's rules is kept. Kept apart from the migrations so that a
/// migration's designer holds the schema only (docs/decisions/0011-one-baseline-migration.md).
/// </summary>
public static class ReferenceDataSeed
{
    /// <summary>Applies the pending migrations, then writes the reference rows that are missing.</summary>
    public static async Task MigrateWithReferenceDataAsync(this DatabaseFacade database, CancellationToken ct = default)
    {
        var known = database.GetMigrations().ToHashSet();
        var applied = (await database.GetAppliedMigrationsAsync(ct)).ToList();
        if (applied.Count > 0 && !applied.Any(known.Contains))
        {
            throw new InvalidOperationException(
                "This database was made by the migrations squashed into the baseline of 2026-12-07 (docs/decisions/0011): " +
                "start from an empty database (for scripts/run.sh: rm -rf .data).");
        }
        await database.MigrateAsync(ct);
        await ApplyAsync(database, ct);
    }

    /// <summary>Writes the missing reference rows in one transaction; raw SQL, so no save interceptor stamps or audits them.</summary>
    public static async Task ApplyAsync(DatabaseFacade database, CancellationToken ct = default)
    {
        var modules = ReferenceData.Modules;
        var kpis = ReferenceData.Kpis;
        var checklist = ReferenceData.Checklist;
        var roles = Roles.All.ToArray();
        string[] statements =
        [
            Insert("modules", "number", "number", "name_en", "name_id", "description_en", "description_id", "planned_consultations",
                "consultation_window_days", "participant_min_attendance_percent", "enterprise_needs_manager_and_worker",
                "enterprise_needs_planned_consultations", "enterprise_needs_workshop", "created_at", "created_by", "updated_at", "updated_by"),
            Insert("provinces", "code", "code", "name"),
            Insert("regencies", "code", "code", "province_code", "name"),
            Insert("sectors", "id", "id", "code", "name_en", "name_id"),
            Insert("partner_kinds", "id", "id", "code", "name_en", "name_id"),
            Insert("kpis", "code", "code", "sort_order", "name_en", "name_id", "unit_en", "unit_id", "kind"),
            Insert("checklist_items", "id", "id", "module_number", "text_en", "text_id"),
            Insert("roles", "id", "id", "name", "normalized_name", "concurrency_stamp"),
        ];
        object[][] values =
        [
            [
                modules.Select(m => m.Number).ToArray(), modules.Select(m => m.NameEn).ToArray(), modules.Select(m => m.NameId).ToArray(),
                modules.Select(m => m.DescriptionEn).ToArray(), modules.Select(m => m.DescriptionId).ToArray(),
                modules.Select(m => m.PlannedConsultations).ToArray(), modules.Select(m => m.ConsultationWindowDays).ToArray(),
                modules.Select(m => m.ParticipantMinAttendancePercent).ToArray(), modules.Select(m => m.EnterpriseNeedsManagerAndWorker).ToArray(),
                modules.Select(m => m.EnterpriseNeedsPlannedConsultations).ToArray(), modules.Select(m => m.EnterpriseNeedsWorkshop).ToArray(),
                modules.Select(m => m.CreatedAt).ToArray(), modules.Select(m => m.CreatedBy).ToArray(),
                modules.Select(m => m.UpdatedAt).ToArray(), modules.Select(m => m.UpdatedBy).ToArray(),
            ],
            [ReferenceData.Provinces.Select(p => p.Code).ToArray(), ReferenceData.Provinces.Select(p => p.Name).ToArray()],
            [
                ReferenceData.Regencies.Select(r => r.Code).ToArray(), ReferenceData.Regencies.Select(r => r.ProvinceCode).ToArray(),
                ReferenceData.Regencies.Select(r => r.Name).ToArray(),
            ],
            Coded(ReferenceData.Sectors.Select(s => (s.Id, s.Code, s.NameEn, s.NameId))),
            Coded(ReferenceData.PartnerKinds.Select(k => (k.Id, k.Code, k.NameEn, k.NameId))),
            [
                kpis.Select(k => k.Code).ToArray(), kpis.Select(k => k.SortOrder).ToArray(), kpis.Select(k => k.NameEn).ToArray(),
                kpis.Select(k => k.NameId).ToArray(), kpis.Select(k => k.UnitEn).ToArray(), kpis.Select(k => k.UnitId).ToArray(),
                kpis.Select(k => (int)k.Kind).ToArray(),
            ],
            [
                checklist.Select(i => i.Id).ToArray(), checklist.Select(i => i.ModuleNumber).ToArray(),
                checklist.Select(i => i.TextEn).ToArray(), checklist.Select(i => i.TextId).ToArray(),
            ],
            [
                roles.Select(r => Roles.Ids[r]).ToArray(), roles, roles.Select(r => r.ToUpperInvariant()).ToArray(),
                roles.Select(r => Roles.Ids[r]).ToArray(),
            ],
        ];
        await using var transaction = await database.BeginTransactionAsync(ct);
        for (var i = 0; i < statements.Length; i++)
        {
            await database.ExecuteSqlRawAsync(statements[i], values[i].Select((v, n) => new NpgsqlParameter("p" + n, v)), ct);
        }
        await transaction.CommitAsync(ct);
    }

    private static object[] Coded(IEnumerable<(int Id, string Code, string NameEn, string NameId)> rows)
    {
        var list = rows.ToList();
        return [list.Select(r => r.Id).ToArray(), list.Select(r => r.Code).ToArray(), list.Select(r => r.NameEn).ToArray(), list.Select(r => r.NameId).ToArray()];
    }

    /// <summary>One INSERT of every row from parallel arrays (one parameter per column), skipping keys already there.</summary>
    private static string Insert(string table, string key, params string[] columns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT * FROM unnest({string.Join(", ", columns.Select((_, n) => "@p" + n))}) " +
        $"ON CONFLICT ({key}) DO NOTHING";
}
