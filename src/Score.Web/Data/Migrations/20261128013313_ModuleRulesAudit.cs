using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Score.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ModuleRulesAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "created_at",
                table: "modules",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "modules",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "modules",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "modules",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.UpdateData(
                table: "modules",
                keyColumn: "number",
                keyValue: 1,
                columns: new[] { "created_at", "created_by", "updated_at", "updated_by" },
                values: new object[] { new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration", new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration" });

            migrationBuilder.UpdateData(
                table: "modules",
                keyColumn: "number",
                keyValue: 2,
                columns: new[] { "created_at", "created_by", "updated_at", "updated_by" },
                values: new object[] { new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration", new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration" });

            migrationBuilder.UpdateData(
                table: "modules",
                keyColumn: "number",
                keyValue: 3,
                columns: new[] { "created_at", "created_by", "updated_at", "updated_by" },
                values: new object[] { new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration", new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration" });

            migrationBuilder.UpdateData(
                table: "modules",
                keyColumn: "number",
                keyValue: 4,
                columns: new[] { "created_at", "created_by", "updated_at", "updated_by" },
                values: new object[] { new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration", new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration" });

            migrationBuilder.UpdateData(
                table: "modules",
                keyColumn: "number",
                keyValue: 5,
                columns: new[] { "created_at", "created_by", "updated_at", "updated_by" },
                values: new object[] { new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration", new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "created_at",
                table: "modules");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "modules");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "modules");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "modules");
        }
    }
}
