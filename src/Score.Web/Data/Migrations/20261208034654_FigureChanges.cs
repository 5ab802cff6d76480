using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Score.Web.Data.Migrations
{
    /// <summary>
    /// The log of the figure facts' rebuilds: which trainings each rebuild took, under an increasing id and a token of
    /// its own. An instance's in-memory figures (FigureSnapshot) read what came after the rebuild they reflect; the token
    /// tells a log emptied and begun again (a restore, a test's reset) from the one they were built on.
    /// </summary>
    public partial class FigureChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                CREATE TABLE figure_changes (
                  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                  token uuid NOT NULL DEFAULT gen_random_uuid(),
                  training_ids integer[] NOT NULL,
                  changed_at timestamptz NOT NULL DEFAULT now())
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE figure_changes");
        }
    }
}
