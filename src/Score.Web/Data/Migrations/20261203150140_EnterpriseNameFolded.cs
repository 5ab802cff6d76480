using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Score.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EnterpriseNameFolded : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_enterprises_name",
                table: "enterprises");

            migrationBuilder.DropIndex(
                name: "ix_enterprises_name_id",
                table: "enterprises");

            migrationBuilder.DropIndex(
                name: "ix_enterprises_partner_id_name_id",
                table: "enterprises");

            migrationBuilder.AddColumn<string>(
                name: "name_folded",
                table: "enterprises",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                computedColumnSql: "lower(name)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_name_folded",
                table: "enterprises",
                column: "name_folded")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_name_id",
                table: "enterprises",
                columns: new[] { "name", "id" },
                filter: "deleted_at IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "name_folded" });

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_partner_id_name_id",
                table: "enterprises",
                columns: new[] { "partner_id", "name", "id" },
                filter: "deleted_at IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "name_folded" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_enterprises_name_folded",
                table: "enterprises");

            migrationBuilder.DropIndex(
                name: "ix_enterprises_name_id",
                table: "enterprises");

            migrationBuilder.DropIndex(
                name: "ix_enterprises_partner_id_name_id",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "name_folded",
                table: "enterprises");

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_name",
                table: "enterprises",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_name_id",
                table: "enterprises",
                columns: new[] { "name", "id" },
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_partner_id_name_id",
                table: "enterprises",
                columns: new[] { "partner_id", "name", "id" },
                filter: "deleted_at IS NULL");
        }
    }
}
