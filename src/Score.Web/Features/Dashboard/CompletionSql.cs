using Npgsql;
using Score.Web.Domain;

namespace Score.Web.Features.Dashboard;

/// <summary>
/// Who completed, for many trainings at once, in one statement: the rules of
/// <see cref="CompletionRule"/> (attendance share per participant; a manager and a worker,
/// the planned visits and the workshop per enterprise) written in SQL over the trainings given.
/// </summary>
internal static class CompletionSql
{
    /// <summary>One row per enrolment of the trainings in @trainings: its participants, completers, and whether the enterprise completed.</summary>
    private static readonly string Enrolments =
        $$"""
        WITH days AS (
          SELECT training_id, count(*) AS n FROM classroom_days WHERE training_id = ANY(@trainings) GROUP BY training_id),
        present AS (
          SELECT a.participant_id, count(*) AS n
          FROM attendance a JOIN classroom_days d ON d.id = a.classroom_day_id
          WHERE a.present AND d.training_id = ANY(@trainings)
          GROUP BY a.participant_id),
        visits AS (
          SELECT c.enrolment_id, count(DISTINCT c.date) AS n
          FROM consultations c JOIN enrolments e ON e.id = c.enrolment_id
          WHERE e.training_id = ANY(@trainings)
          GROUP BY c.enrolment_id),
        participant AS (
          SELECT p.id, p.enrolment_id, ep.position,
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
          SELECT e.id, e.enterprise_id, e.training_id, t.module_number, t.status,
                 count(p.id) AS participants,
                 count(p.id) FILTER (WHERE p.done) AS completers,
                 count(p.id) FILTER (WHERE p.done AND NOT EXISTS (
                   SELECT 1 FROM certificates c WHERE c.participant_id = p.id AND c.replaced_by_id IS NULL)) AS completers_without_certificate,
                 bool_or(p.done) IS TRUE
                   AND (NOT m.enterprise_needs_manager_and_worker
                        OR (bool_or(p.done AND p.position IN ({{Numbers(CompletionRule.ManagerSide)}})) IS TRUE AND bool_or(p.done AND p.position IN ({{Numbers(CompletionRule.WorkerSide)}})) IS TRUE))
                   AND (NOT m.enterprise_needs_planned_consultations
                        OR COALESCE(max(v.n), 0) >= m.planned_consultations)
                   AND (NOT m.enterprise_needs_workshop OR e.presented_at_workshop) AS completed
          FROM enrolments e
          JOIN trainings t ON t.id = e.training_id
          JOIN modules m ON m.number = t.module_number
          LEFT JOIN participant p ON p.enrolment_id = e.id
          LEFT JOIN visits v ON v.enrolment_id = e.id
          WHERE e.training_id = ANY(@trainings)
          GROUP BY e.id, t.id, m.number)
        """;

    private static string Numbers<T>(IEnumerable<T> values) where T : struct, Enum =>
        string.Join(", ", values.Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));

    public sealed record ModuleCompletion(int? Module, int Participants, int Completers, int Closed, int ClosedCompleted, int EnterprisesCompleted);

    /// <summary>Per module and in total (the row whose module is null).</summary>
    public static async Task<List<ModuleCompletion>> ByModuleAsync(NpgsqlConnection connection, int[] trainings, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(Enrolments +
            $"""
            SELECT module_number, COALESCE(sum(participants), 0)::int, COALESCE(sum(completers), 0)::int,
                   count(*) FILTER (WHERE status = {(int)TrainingStatus.Completed})::int, count(*) FILTER (WHERE status = {(int)TrainingStatus.Completed} AND completed)::int,
                   count(DISTINCT enterprise_id) FILTER (WHERE completed)::int
            FROM enrolment
            GROUP BY GROUPING SETS ((module_number), ())
            """, connection);
        command.Parameters.AddWithValue("trainings", trainings);
        var rows = new List<ModuleCompletion>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new ModuleCompletion(reader.IsDBNull(0) ? null : reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5)));
        }
        return rows;
    }

    /// <summary>Per training: completing people, and completing enterprises, still without a certificate.</summary>
    public static async Task<Dictionary<int, (int People, int Enterprises)>> CertificatesDueAsync(NpgsqlConnection connection, int[] trainings, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(Enrolments +
            $"""
            SELECT training_id,
                   sum(completers_without_certificate)::int,
                   (count(*) FILTER (WHERE completed AND NOT EXISTS (
                      SELECT 1 FROM certificates c WHERE c.enrolment_id = enrolment.id AND c.kind = {(int)CertificateKind.Enterprise} AND c.replaced_by_id IS NULL)))::int
            FROM enrolment
            GROUP BY training_id
            """, connection);
        command.Parameters.AddWithValue("trainings", trainings);
        var due = new Dictionary<int, (int People, int Enterprises)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (reader.GetInt32(1) + reader.GetInt32(2) > 0)
            {
                due[reader.GetInt32(0)] = (reader.GetInt32(1), reader.GetInt32(2));
            }
        }
        return due;
    }
}
