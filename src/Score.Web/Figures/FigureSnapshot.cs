using System.Data;
using System.Diagnostics.Metrics;
using Npgsql;
using Score.Web.Domain;

namespace Score.Web.Figures;

/// <summary>
/// The figure facts held in this app instance's memory as rows of plain values: every training, every enrolment fact
/// (ordered by enterprise, its latest training first) and every participant fact (ordered by person). A filter is a
/// scan, and a distinct count is a count of runs, so any filter costs a few milliseconds whatever was asked before.
/// Each read first brings the facts up to date (<see cref="FigureFacts"/>), then reads the log of rebuilds
/// (figure_changes): the trainings rebuilt since the version held are read again, and a log begun anew (a restore, a
/// reset) reads everything. A change committed on any instance is therefore counted by the next read on every instance.
/// See docs/decisions/0013-programme-figures-in-memory.md.
/// </summary>
public sealed class FigureSnapshot : IDisposable
{
    private readonly SemaphoreSlim reading = new(1, 1);
    private readonly ILogger<FigureSnapshot> logger;
    private FigureColumns? current;

    public FigureSnapshot(ILogger<FigureSnapshot> logger, IMeterFactory meters)
    {
        this.logger = logger;
        var meter = meters.Create(Infrastructure.ScoreMetrics.MeterName);
        meter.CreateObservableGauge("score.figures.memory", () => State.Bytes, "By", "Estimated bytes of the figure facts this instance holds in memory.");
        meter.CreateObservableGauge("score.figures.version", () => State.Version, "{change}", "The rebuild of the figure facts this instance's figures reflect.");
    }

    public void Dispose() => reading.Dispose();

    /// <summary>What the figures were last read as: the log position, and the estimated bytes held.</summary>
    public (long Version, long Bytes) State => current is { } c ? (c.Version, c.Bytes) : (0, 0);

    /// <summary>The facts as of the latest rebuild committed, on the caller's open connection (facts brought up to date first).</summary>
    public async Task<FigureColumns> CurrentAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var latest = await LatestAsync(connection, current?.Version, ct);
        if (current is { } held && held.IsAt(latest))
        {
            return held;
        }
        await reading.WaitAsync(ct);
        try
        {
            latest = await LatestAsync(connection, current?.Version, ct);
            if (current is { } again && again.IsAt(latest))
            {
                return again;
            }
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var next = await ReadAsync(connection, current, ct);
            logger.LogDebug("Figures read to change {Version} in {Milliseconds} ms ({Trainings} trainings, {Participants} participant facts)",
                next.Version, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, next.Trainings.Length, next.Participants.Length);
            current = next;
            return next;
        }
        finally
        {
            reading.Release();
        }
    }

    /// <summary>The last rebuild in the log, and whether the one the snapshot holds is still in it with its token.</summary>
    private static async Task<FigureLogPosition> LatestAsync(NpgsqlConnection connection, long? held, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT l.id, l.token, (SELECT h.token FROM figure_changes h WHERE h.id = @held)
            FROM (SELECT id, token FROM figure_changes ORDER BY id DESC LIMIT 1) l
            """, connection);
        command.Parameters.AddWithValue("held", held ?? 0L);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new FigureLogPosition(reader.GetInt64(0), reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2))
            : new FigureLogPosition(0, Guid.Empty, null);
    }

    /// <summary>
    /// Reads, in one repeatable-read transaction, the log's end and either everything or the trainings rebuilt since
    /// <paramref name="held"/>, merged with what it holds.
    /// </summary>
    private static async Task<FigureColumns> ReadAsync(NpgsqlConnection connection, FigureColumns? held, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var latest = await LatestAsync(connection, held?.Version, ct);
        int[]? changed = null;
        if (held is not null && latest.HeldToken == held.Token && latest.Version >= held.Version)
        {
            await using var since = new NpgsqlCommand(
                "SELECT COALESCE(array_agg(DISTINCT t), '{}') FROM figure_changes, unnest(training_ids) t WHERE id > @held", connection, transaction);
            since.Parameters.AddWithValue("held", held.Version);
            changed = (int[])(await since.ExecuteScalarAsync(ct))!;
        }
        var provinces = held?.Provinces ?? await ProvincesAsync(connection, transaction, ct);
        var trainings = await TrainingsAsync(connection, transaction, changed, ct);
        var enrolments = await EnrolmentsAsync(connection, transaction, changed, ct);
        var participants = await ParticipantsAsync(connection, transaction, changed, ct);
        var kpis = await KpisAsync(connection, transaction, changed, ct);
        await transaction.CommitAsync(ct);
        return changed is null || held is null
            ? FigureColumns.Build(latest.Version, latest.Token, provinces, trainings, enrolments, participants, kpis)
            : held.With(latest.Version, latest.Token, [.. changed], trainings, enrolments, participants, kpis);
    }

    private static async Task<Dictionary<string, string>> ProvincesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT code, name FROM provinces", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            names[reader.GetString(0)] = reader.GetString(1);
        }
        return names;
    }

    private static NpgsqlCommand Select(string sql, string trainingColumn, NpgsqlConnection connection, NpgsqlTransaction transaction, int[]? only)
    {
        var command = new NpgsqlCommand(only is null ? sql : $"{sql} WHERE {trainingColumn} = ANY(@only)", connection, transaction) { CommandTimeout = 600 };
        if (only is not null)
        {
            command.Parameters.AddWithValue("only", only);
        }
        return command;
    }

    private static async Task<List<FigureColumns.Training>> TrainingsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int[]? only, CancellationToken ct)
    {
        await using var command = Select(
            "SELECT id, partner_id, module_number, variant_id, province_code, planned_start, status, review_state, funding, total_cost, fees_collected, sponsor_contribution FROM trainings",
            "id", connection, transaction, only);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<FigureColumns.Training>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new FigureColumns.Training(
                reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.GetString(4),
                reader.GetFieldValue<DateOnly>(5), (TrainingStatus)reader.GetInt32(6), (ReviewState)reader.GetInt32(7), (FundingSource)reader.GetInt32(8),
                reader.GetDecimal(9), reader.GetDecimal(10), reader.GetDecimal(11)));
        }
        return rows;
    }

    private static sbyte Answer(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? (sbyte)-1 : reader.GetBoolean(column) ? (sbyte)1 : (sbyte)0;

    private static async Task<List<FigureColumns.Enrolment>> EnrolmentsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int[]? only, CancellationToken ct)
    {
        await using var command = Select(
            """
            SELECT enrolment_id, training_id, enterprise_id, enterprise_province_code, workers_women, workers_men, consultations, planned_consultations,
                   costs_saved_rupiah, productivity_improved, costs_saved, defects_reduced, energy_saved,
                   participants, completers, completed, visit_days, consultation_window_days, last_classroom_day
            FROM enrolment_facts
            """, "training_id", connection, transaction, only);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<FigureColumns.Enrolment>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new FigureColumns.Enrolment(
                reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6),
                reader.GetInt32(7), reader.GetDecimal(8), Answer(reader, 9), Answer(reader, 10), Answer(reader, 11), Answer(reader, 12),
                reader.GetInt32(13), reader.GetInt32(14), reader.GetBoolean(15), reader.GetInt32(16), reader.GetInt32(17),
                reader.IsDBNull(18) ? null : reader.GetFieldValue<DateOnly>(18)));
        }
        return rows;
    }

    private static async Task<List<FigureColumns.Kpi>> KpisAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int[]? only, CancellationToken ct)
    {
        await using var command = Select("SELECT training_id, kpi_code, change_percent FROM kpi_facts", "training_id", connection, transaction, only);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<FigureColumns.Kpi>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new FigureColumns.Kpi(reader.GetInt32(0), string.Intern(reader.GetString(1)), reader.GetDouble(2)));
        }
        return rows;
    }

    private static async Task<List<FigureColumns.Participant>> ParticipantsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int[]? only, CancellationToken ct)
    {
        await using var command = Select("SELECT training_id, person_id, sex, position FROM participant_facts", "training_id", connection, transaction, only);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<FigureColumns.Participant>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new FigureColumns.Participant(reader.GetInt32(0), reader.GetInt32(1), (Sex)reader.GetInt32(2), (PersonPosition)reader.GetInt32(3)));
        }
        return rows;
    }

    }
