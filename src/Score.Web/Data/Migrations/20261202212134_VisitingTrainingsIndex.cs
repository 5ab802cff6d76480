using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Score.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class VisitingTrainingsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_trainings_visiting",
                table: "trainings",
                column: "id",
                filter: "status IN (1, 2)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_trainings_visiting",
                table: "trainings");
        }
    }
}
