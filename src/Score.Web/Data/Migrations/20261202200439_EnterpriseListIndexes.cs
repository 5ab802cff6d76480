using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Score.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EnterpriseListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_enterprises_nib",
                table: "enterprises");

            migrationBuilder.DropIndex(
                name: "ix_enterprises_partner_id_name",
                table: "enterprises");

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_name_id",
                table: "enterprises",
                columns: new[] { "name", "id" },
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_nib",
                table: "enterprises",
                column: "nib",
                unique: true,
                filter: "nib IS NOT NULL")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_partner_id_name_id",
                table: "enterprises",
                columns: new[] { "partner_id", "name", "id" },
                filter: "deleted_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_enterprises_name_id",
                table: "enterprises");

            migrationBuilder.DropIndex(
                name: "ix_enterprises_nib",
                table: "enterprises");

            migrationBuilder.DropIndex(
                name: "ix_enterprises_partner_id_name_id",
                table: "enterprises");

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_nib",
                table: "enterprises",
                column: "nib",
                unique: true,
                filter: "nib IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_partner_id_name",
                table: "enterprises",
                columns: new[] { "partner_id", "name" });
        }
    }
}
