using Microsoft.EntityFrameworkCore;
using Npgsql;
using Score.Web.Domain;

namespace Score.Web.Figures;

/// <summary>
/// Keeps the facts tables (<see cref="EnrolmentFact"/>, <see cref="ParticipantFact"/>, <see cref="KpiFact"/>)
/// true to the record. Triggers on every table behind the figures queue the trainings a statement touched
/// (figures_pending, in the writer's own transaction); RefreshAsync rebuilds the facts of the
/// queued trainings with the completion rules of <see cref="CompletionRule"/> written in SQL. Every reader
/// of the figures refreshes first, so a figure read after a change has been committed always counts it;
/// <see cref="FigureFactsRefresher"/> also refreshes every few seconds so that readers rarely wait.
/// </summary>
public static class FigureFacts
{
    /// <summary>Refreshes one at a time, on every instance: two would rebuild the same trainings.</summary>
    private const long LockKey = 0x5C0FAC7;

    /// <summary>Per enrolment of the trainings in @trainings: its participants, completers, and whether the enterprise completed.</summary>
    private static readonly string Enrolments =
        $$"""
        WITH days AS (
          SELECT training_id, count(*) AS n, max(date) AS last_day FROM classroom_days WHERE training_id = ANY(@trainings) GROUP BY training_id),
        present AS (
          SELECT a.participant_id, count(*) AS n
          FROM attendance a JOIN classroom_days d ON d.id = a.classroom_day_id
          WHERE a.present AND d.training_id = ANY(@trainings)
          GROUP BY a.participant_id),
        visits AS (
          SELECT c.enrolment_id, count(DISTINCT c.date) AS days, count(*) AS n
          FROM consultations c JOIN enrolments e ON e.id = c.enrolment_id
          WHERE e.training_id = ANY(@trainings)
          GROUP BY c.enrolment_id),
        participant AS (
          SELECT p.id, p.enrolment_id, p.person_id, ep.sex, ep.position,
                 COALESCE(d.n, 0) > 0 AND COALESCE(pr.n, 0) * 100 >= m.participant_min_attendance_percent * d.n AS done
          FROM participants p
          JOIN enrolments e ON e.id = p.enrolment_id
          JOIN trainings t ON t.id = e.training_id
          JOIN modules m ON m.number = t.module_number
          JOIN enterprise_people ep ON ep.id = p.person_id
          LEFT JOIN days d ON d.training_id = e.training_id
          LEFT JOIN present pr ON pr.participant_id = p.id
          WHERE e.training_id = ANY(@trainings)),
        enrolment AS (
          SELECT e.id, e.enterprise_id, e.training_id,
                 count(p.id) AS participants,
                 count(p.id) FILTER (WHERE p.done) AS completers,
                 count(p.id) FILTER (WHERE p.done AND NOT EXISTS (
                   SELECT 1 FROM certificates c WHERE c.participant_id = p.id AND c.replaced_by_id IS NULL)) AS completers_without_certificate,
                 bool_or(p.done) IS TRUE
                   AND (NOT m.enterprise_needs_manager_and_worker
                        OR (bool_or(p.done AND p.position IN ({{Numbers(CompletionRule.ManagerSide)}})) IS TRUE AND bool_or(p.done AND p.position IN ({{Numbers(CompletionRule.WorkerSide)}})) IS TRUE))
                   AND (NOT m.enterprise_needs_planned_consultations
                        OR COALESCE(max(v.days), 0) >= m.planned_consultations)
                   AND (NOT m.enterprise_needs_workshop OR e.presented_at_workshop) AS completed
          FROM enrolments e
          JOIN trainings t ON t.id = e.training_id
          JOIN modules m ON m.number = t.module_number
          LEFT JOIN participant p ON p.enrolment_id = e.id
          LEFT JOIN visits v ON v.enrolment_id = e.id
          WHERE e.training_id = ANY(@trainings)
          GROUP BY e.id, t.id, m.number)
        """;

    private static readonly string InsertEnrolmentFacts = Enrolments +
        $"""
        INSERT INTO enrolment_facts (
          enrolment_id, training_id, enterprise_id, partner_id, module_number, planned_start, status, review_state, variant_id, enterprise_province_code, training_province_code,
          workers_women, workers_men, participants, completers, completers_without_certificate, completed, enterprise_certificate_due,
          visit_days, consultations, planned_consultations, consultation_window_days, last_classroom_day,
          productivity_improved, costs_saved, defects_reduced, energy_saved, costs_saved_rupiah)
        SELECT en.id, t.id, en.enterprise_id, t.partner_id, t.module_number, t.planned_start, t.status, t.review_state, t.variant_id, ent.province_code, t.province_code,
               ent.workers_women, ent.workers_men, en.participants, en.completers, en.completers_without_certificate, en.completed,
               en.completed AND NOT EXISTS (
                 SELECT 1 FROM certificates c WHERE c.enrolment_id = en.id AND c.kind = {(int)CertificateKind.Enterprise} AND c.replaced_by_id IS NULL),
               COALESCE(v.days, 0), COALESCE(v.n, 0), m.planned_consultations, m.consultation_window_days, d.last_day,
               e.productivity_improved, e.costs_saved, e.defects_reduced, e.energy_saved, COALESCE(e.costs_saved_rupiah, 0)
        FROM enrolment en
        JOIN enrolments e ON e.id = en.id
        JOIN trainings t ON t.id = en.training_id
        JOIN modules m ON m.number = t.module_number
        JOIN enterprises ent ON ent.id = en.enterprise_id
        LEFT JOIN visits v ON v.enrolment_id = en.id
        LEFT JOIN days d ON d.training_id = en.training_id
        """;

    private static readonly string InsertParticipantFacts = Enrolments +
        """
        INSERT INTO participant_facts (
          participant_id, enrolment_id, training_id, person_id, partner_id, module_number, planned_start, status, review_state, variant_id, training_province_code,
          sex, position, completed)
        SELECT p.id, p.enrolment_id, t.id, p.person_id, t.partner_id, t.module_number, t.planned_start, t.status, t.review_state, t.variant_id, t.province_code,
               p.sex, p.position, p.done
        FROM participant p
        JOIN enrolments e ON e.id = p.enrolment_id
        JOIN trainings t ON t.id = e.training_id
        """;

    /// <summary>Per enrolment and KPI: the baseline against the value of the latest visit, as a change in percent.</summary>
    private const string InsertKpiFacts =
        """
        WITH v AS (
          SELECT kv.enrolment_id, e.training_id, kv.kpi_code, kv.value, kv.consultation_id, kv.measured_on, kv.id
          FROM kpi_values kv JOIN enrolments e ON e.id = kv.enrolment_id
          WHERE e.training_id = ANY(@trainings)),
        baseline AS (
          SELECT DISTINCT ON (enrolment_id, kpi_code) enrolment_id, training_id, kpi_code, value FROM v
          WHERE consultation_id IS NULL ORDER BY enrolment_id, kpi_code, measured_on DESC, id DESC),
        latest AS (
          SELECT DISTINCT ON (enrolment_id, kpi_code) enrolment_id, kpi_code, value FROM v
          WHERE consultation_id IS NOT NULL ORDER BY enrolment_id, kpi_code, measured_on DESC, id DESC)
        INSERT INTO kpi_facts (enrolment_id, kpi_code, training_id, change_percent)
        SELECT b.enrolment_id, b.kpi_code, b.training_id, ((l.value - b.value) * 100.0 / b.value)::float8
        FROM baseline b JOIN latest l USING (enrolment_id, kpi_code)
        WHERE b.value <> 0
        """;

    private static string Numbers<T>(IEnumerable<T> values) where T : struct, Enum =>
        string.Join(", ", values.Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Rebuilds the facts of every training queued by a committed change; returns how many trainings.</summary>
    public static async Task<int> RefreshAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        return await RefreshAsync(connection, ct);
    }

    /// <summary>Brings the facts up to date on the context's connection, before a read of them.</summary>
    public static async Task RefreshAsync(Data.ScoreDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await RefreshAsync((NpgsqlConnection)db.Database.GetDbConnection(), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Drops the log's entries older than <paramref name="age"/>, always keeping the last one. An instance that still holds
    /// a dropped entry finds its token gone and reads every fact once (<see cref="FigureSnapshot"/>), so nothing is lost.
    /// </summary>
    public static async Task<int> PruneChangesAsync(NpgsqlConnection connection, TimeSpan age, CancellationToken ct)
    {
        await using var prune = new NpgsqlCommand(
            "DELETE FROM figure_changes WHERE changed_at < now() - @age AND id < (SELECT max(id) FROM figure_changes)", connection);
        prune.Parameters.AddWithValue("age", age);
        return await prune.ExecuteNonQueryAsync(ct);
    }

    public static async Task<int> RefreshAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        // Cheap when nothing is queued, which is most of the time: no lock, no transaction.
        await using (var any = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM figures_pending)", connection))
        {
            if (await any.ExecuteScalarAsync(ct) is not true)
            {
                return 0;
            }
        }
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var wait = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LockKey})", connection, transaction))
        {
            await wait.ExecuteNonQueryAsync(ct);
        }
        // Only the queued rows this transaction sees are taken: a change committed later queues its own row, for the next refresh.
        int[] trainings;
        await using (var take = new NpgsqlCommand(
            "WITH taken AS (DELETE FROM figures_pending RETURNING training_id) SELECT COALESCE(array_agg(DISTINCT training_id), '{}') FROM taken",
            connection, transaction))
        {
            trainings = (int[])(await take.ExecuteScalarAsync(ct))!;
        }
        if (trainings.Length > 0)
        {
            foreach (var sql in new[]
            {
                "DELETE FROM enrolment_facts WHERE training_id = ANY(@trainings)",
                "DELETE FROM participant_facts WHERE training_id = ANY(@trainings)",
                "DELETE FROM kpi_facts WHERE training_id = ANY(@trainings)",
                InsertEnrolmentFacts, InsertParticipantFacts, InsertKpiFacts,
            })
            {
                await using var command = new NpgsqlCommand(sql, connection, transaction);
                command.Parameters.AddWithValue("trainings", trainings);
                command.CommandTimeout = 600;
                await command.ExecuteNonQueryAsync(ct);
            }
            // In the same transaction: whoever reads the log sees these facts, and reads them again (FigureSnapshot).
            await using var logged = new NpgsqlCommand("INSERT INTO figure_changes (training_ids) VALUES (@trainings)", connection, transaction);
            logged.Parameters.AddWithValue("trainings", trainings);
            await logged.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return trainings.Length;
    }
}
