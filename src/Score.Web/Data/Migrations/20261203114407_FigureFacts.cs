using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Score.Web.Data.Migrations
{
    /// <summary>
    /// The facts the figures are counted from (see Queries/FigureFacts), and the queue that keeps them true: a
    /// statement trigger on every table behind the figures queues the trainings the statement touched, in the
    /// writer's transaction. Every training there is queued here, so the first refresh builds them all.
    /// </summary>
    public partial class FigureFacts : Migration
    {
        /// <summary>Each table, and the trainings a set of its rows (r) belongs to.</summary>
        internal static readonly (string Table, string Trainings, bool UpdatesOnly)[] Sources =
        [
            ("trainings", "SELECT r.id FROM {0} r", false),
            ("enrolments", "SELECT r.training_id FROM {0} r", false),
            ("classroom_days", "SELECT r.training_id FROM {0} r", false),
            ("certificates", "SELECT r.training_id FROM {0} r", false),
            ("participants", "SELECT e.training_id FROM {0} r JOIN enrolments e ON e.id = r.enrolment_id", false),
            ("consultations", "SELECT e.training_id FROM {0} r JOIN enrolments e ON e.id = r.enrolment_id", false),
            ("kpi_values", "SELECT e.training_id FROM {0} r JOIN enrolments e ON e.id = r.enrolment_id", false),
            ("attendance", "SELECT d.training_id FROM {0} r JOIN classroom_days d ON d.id = r.classroom_day_id", false),
            // A person's sex or position, an enterprise's province or workforce, a module's rules: counted where they took part.
            ("enterprise_people", "SELECT e.training_id FROM {0} r JOIN participants p ON p.person_id = r.id JOIN enrolments e ON e.id = p.enrolment_id", true),
            ("enterprises", "SELECT e.training_id FROM {0} r JOIN enrolments e ON e.enterprise_id = r.id", true),
            ("modules", "SELECT t.id FROM {0} r JOIN trainings t ON t.module_number = r.number", true),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enrolment_facts",
                columns: table => new
                {
                    enrolment_id = table.Column<int>(type: "integer", nullable: false),
                    training_id = table.Column<int>(type: "integer", nullable: false),
                    enterprise_id = table.Column<int>(type: "integer", nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    module_number = table.Column<int>(type: "integer", nullable: false),
                    planned_start = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    review_state = table.Column<int>(type: "integer", nullable: false),
                    variant_id = table.Column<int>(type: "integer", nullable: true),
                    enterprise_province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    training_province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    workers_women = table.Column<int>(type: "integer", nullable: false),
                    workers_men = table.Column<int>(type: "integer", nullable: false),
                    participants = table.Column<int>(type: "integer", nullable: false),
                    completers = table.Column<int>(type: "integer", nullable: false),
                    completers_without_certificate = table.Column<int>(type: "integer", nullable: false),
                    completed = table.Column<bool>(type: "boolean", nullable: false),
                    enterprise_certificate_due = table.Column<bool>(type: "boolean", nullable: false),
                    visit_days = table.Column<int>(type: "integer", nullable: false),
                    consultations = table.Column<int>(type: "integer", nullable: false),
                    planned_consultations = table.Column<int>(type: "integer", nullable: false),
                    consultation_window_days = table.Column<int>(type: "integer", nullable: false),
                    last_classroom_day = table.Column<DateOnly>(type: "date", nullable: true),
                    productivity_improved = table.Column<bool>(type: "boolean", nullable: true),
                    costs_saved = table.Column<bool>(type: "boolean", nullable: true),
                    defects_reduced = table.Column<bool>(type: "boolean", nullable: true),
                    energy_saved = table.Column<bool>(type: "boolean", nullable: true),
                    costs_saved_rupiah = table.Column<decimal>(type: "numeric(16,0)", precision: 16, scale: 0, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enrolment_facts", x => x.enrolment_id);
                });

            migrationBuilder.CreateTable(
                name: "kpi_facts",
                columns: table => new
                {
                    enrolment_id = table.Column<int>(type: "integer", nullable: false),
                    kpi_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    training_id = table.Column<int>(type: "integer", nullable: false),
                    change_percent = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_facts", x => new { x.enrolment_id, x.kpi_code });
                });

            migrationBuilder.CreateTable(
                name: "participant_facts",
                columns: table => new
                {
                    participant_id = table.Column<int>(type: "integer", nullable: false),
                    enrolment_id = table.Column<int>(type: "integer", nullable: false),
                    training_id = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<int>(type: "integer", nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    module_number = table.Column<int>(type: "integer", nullable: false),
                    planned_start = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    review_state = table.Column<int>(type: "integer", nullable: false),
                    variant_id = table.Column<int>(type: "integer", nullable: true),
                    training_province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    sex = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    completed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participant_facts", x => x.participant_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_enrolment_facts_training_id",
                table: "enrolment_facts",
                column: "training_id");

            migrationBuilder.CreateIndex(
                name: "ix_kpi_facts_training_id",
                table: "kpi_facts",
                column: "training_id");

            migrationBuilder.CreateIndex(
                name: "ix_participant_facts_training_id",
                table: "participant_facts",
                column: "training_id");

            migrationBuilder.Sql("CREATE TABLE figures_pending (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, training_id integer NOT NULL)");
            foreach (var (table, trainings, updatesOnly) in Sources)
            {
                // Rows a DELETE removed in cascade may no longer find their training: the deleted parent queued it.
                migrationBuilder.Sql(
                    $$"""
                    CREATE FUNCTION figures_pending_{{table}}() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                      IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO figures_pending (training_id) SELECT DISTINCT x FROM ({{string.Format(System.Globalization.CultureInfo.InvariantCulture, trainings, "new_rows")}}) s(x);
                      END IF;
                      IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO figures_pending (training_id) SELECT DISTINCT x FROM ({{string.Format(System.Globalization.CultureInfo.InvariantCulture, trainings, "old_rows")}}) s(x);
                      END IF;
                      RETURN NULL;
                    END $$
                    """);
                migrationBuilder.Sql(
                    $"CREATE TRIGGER figures_{table}_update AFTER UPDATE ON {table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows " +
                    $"FOR EACH STATEMENT EXECUTE FUNCTION figures_pending_{table}()");
                if (!updatesOnly)
                {
                    migrationBuilder.Sql(
                        $"CREATE TRIGGER figures_{table}_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows " +
                        $"FOR EACH STATEMENT EXECUTE FUNCTION figures_pending_{table}()");
                    migrationBuilder.Sql(
                        $"CREATE TRIGGER figures_{table}_delete AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows " +
                        $"FOR EACH STATEMENT EXECUTE FUNCTION figures_pending_{table}()");
                }
            }
            migrationBuilder.Sql("INSERT INTO figures_pending (training_id) SELECT id FROM trainings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, _, updatesOnly) in Sources)
            {
                migrationBuilder.Sql($"DROP TRIGGER figures_{table}_update ON {table}");
                if (!updatesOnly)
                {
                    migrationBuilder.Sql($"DROP TRIGGER figures_{table}_insert ON {table}");
                    migrationBuilder.Sql($"DROP TRIGGER figures_{table}_delete ON {table}");
                }
                migrationBuilder.Sql($"DROP FUNCTION figures_pending_{table}()");
            }
            migrationBuilder.Sql("DROP TABLE figures_pending");

            migrationBuilder.DropTable(
                name: "enrolment_facts");

            migrationBuilder.DropTable(
                name: "kpi_facts");

            migrationBuilder.DropTable(
                name: "participant_facts");
        }
    }
}
