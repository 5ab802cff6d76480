using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Score.Web.Data.Migrations
{
    /// <summary>
    /// A sequence every committed change to the data behind the dashboards moves on, so that a
    /// dashboard computed earlier is known to be current (see Features/Dashboard/DashboardCache).
    /// The row triggers are deferred to commit; TRUNCATE, which has no rows, bumps it at once.
    /// </summary>
    public partial class DataVersion : Migration
    {
        internal static readonly string[] Tables =
        [
            "partners", "variants", "modules", "enterprises", "enterprise_people", "trainings", "training_co_trainers", "enrolments",
            "participants", "classroom_days", "attendance", "consultations", "kpi_values", "certificates",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE SEQUENCE data_version");
            migrationBuilder.Sql(
                """
                CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  PERFORM nextval('data_version');
                  RETURN NULL;
                END $$
                """);
            foreach (var table in Tables)
            {
                migrationBuilder.Sql(
                    $"""
                    CREATE CONSTRAINT TRIGGER data_version_{table} AFTER INSERT OR UPDATE OR DELETE ON {table}
                      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version()
                    """);
                migrationBuilder.Sql($"CREATE TRIGGER data_version_truncate_{table} AFTER TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER data_version_{table} ON {table}");
                migrationBuilder.Sql($"DROP TRIGGER data_version_truncate_{table} ON {table}");
            }
            migrationBuilder.Sql("DROP FUNCTION bump_data_version()");
            migrationBuilder.Sql("DROP SEQUENCE data_version");
        }
    }
}
