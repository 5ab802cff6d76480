using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Score.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class BaselineAndKpis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "baseline_date",
                table: "enrolments",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "checklist_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    module_number = table.Column<int>(type: "integer", nullable: false),
                    text_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checklist_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_checklist_items_modules_module_number",
                        column: x => x.module_number,
                        principalTable: "modules",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kpis",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    name_en = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name_id = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    unit_en = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    unit_id = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpis", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "checklist_answers",
                columns: table => new
                {
                    enrolment_id = table.Column<int>(type: "integer", nullable: false),
                    checklist_item_id = table.Column<int>(type: "integer", nullable: false),
                    in_place = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checklist_answers", x => new { x.enrolment_id, x.checklist_item_id });
                    table.ForeignKey(
                        name: "fk_checklist_answers_checklist_items_checklist_item_id",
                        column: x => x.checklist_item_id,
                        principalTable: "checklist_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_checklist_answers_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kpi_values",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    enrolment_id = table.Column<int>(type: "integer", nullable: false),
                    consultation_id = table.Column<int>(type: "integer", nullable: true),
                    kpi_code = table.Column<string>(type: "character varying(40)", nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    period = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    measured_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_values", x => x.id);
                    table.ForeignKey(
                        name: "fk_kpi_values_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kpi_values_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kpi_values_kpis_kpi_code",
                        column: x => x.kpi_code,
                        principalTable: "kpis",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "checklist_items",
                columns: new[] { "id", "module_number", "text_en", "text_id" },
                values: new object[,]
                {
                    { 101, 1, "A worker suggestion scheme is in place", "Ada sistem saran dari pekerja" },
                    { 102, 1, "Short daily meetings of managers and workers", "Rapat harian singkat manajer dan pekerja" },
                    { 103, 1, "5S housekeeping is practised", "5R (ringkas, rapi, resik, rawat, rajin) dijalankan" },
                    { 104, 1, "An Enterprise Improvement Team meets regularly", "Tim Peningkatan Perusahaan rutin bertemu" },
                    { 201, 2, "Quality information is shared with workers", "Informasi kualitas dibagikan kepada pekerja" },
                    { 202, 2, "Defects and rejects are recorded", "Produk cacat dan tolak dicatat" },
                    { 203, 2, "Customer complaints are recorded and followed up", "Keluhan pelanggan dicatat dan ditindaklanjuti" },
                    { 301, 3, "Waste is measured and tracked", "Limbah diukur dan dipantau" },
                    { 302, 3, "Energy use is tracked", "Pemakaian energi dipantau" },
                    { 303, 3, "Simple production planning is used", "Perencanaan produksi sederhana digunakan" },
                    { 401, 4, "Written job descriptions exist", "Ada uraian tugas tertulis" },
                    { 402, 4, "Absenteeism and turnover are tracked", "Absensi dan pergantian pekerja dipantau" },
                    { 403, 4, "There is a plan for workers' skills", "Ada rencana pengembangan keterampilan pekerja" },
                    { 501, 5, "A safety committee (P2K3) is active", "Panitia K3 (P2K3) aktif" },
                    { 502, 5, "Workplace risks are assessed", "Risiko di tempat kerja dinilai" },
                    { 503, 5, "Accidents and near misses are recorded", "Kecelakaan dan hampir celaka dicatat" },
                    { 504, 5, "Personal protective equipment is provided and used", "APD disediakan dan digunakan" }
                });

            migrationBuilder.InsertData(
                table: "kpis",
                columns: new[] { "code", "kind", "name_en", "name_id", "sort_order", "unit_en", "unit_id" },
                values: new object[,]
                {
                    { "absenteeism", 0, "Absenteeism", "Tingkat absensi", 5, "% of working days", "% hari kerja" },
                    { "accidents", 1, "Accidents", "Kecelakaan kerja", 7, "per month", "per bulan" },
                    { "cost_savings", 2, "Cost savings", "Penghematan biaya", 10, "rupiah per month", "rupiah per bulan" },
                    { "energy_use", 3, "Energy use", "Pemakaian energi", 4, "kWh per month", "kWh per bulan" },
                    { "labour_turnover", 0, "Labour turnover", "Pergantian pekerja", 6, "% of workers per year", "% pekerja per tahun" },
                    { "output_per_worker_hour", 3, "Output per worker-hour", "Output per jam kerja", 1, "units per worker-hour", "unit per jam kerja" },
                    { "production_cost", 2, "Production cost", "Biaya produksi", 3, "rupiah per month", "rupiah per bulan" },
                    { "reject_rate", 0, "Defect or reject rate", "Tingkat cacat atau tolak", 2, "% of output", "% dari output" },
                    { "suggestions_implemented", 1, "Worker suggestions implemented", "Saran pekerja diterapkan", 9, "per month", "per bulan" },
                    { "suggestions_made", 1, "Worker suggestions made", "Saran pekerja diajukan", 8, "per month", "per bulan" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_checklist_answers_checklist_item_id",
                table: "checklist_answers",
                column: "checklist_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_checklist_items_module_number",
                table: "checklist_items",
                column: "module_number");

            migrationBuilder.CreateIndex(
                name: "ix_kpi_values_consultation_id",
                table: "kpi_values",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_kpi_values_enrolment_id_kpi_code_measured_on",
                table: "kpi_values",
                columns: new[] { "enrolment_id", "kpi_code", "measured_on" });

            migrationBuilder.CreateIndex(
                name: "ix_kpi_values_kpi_code",
                table: "kpi_values",
                column: "kpi_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "checklist_answers");

            migrationBuilder.DropTable(
                name: "kpi_values");

            migrationBuilder.DropTable(
                name: "checklist_items");

            migrationBuilder.DropTable(
                name: "kpis");

            migrationBuilder.DropColumn(
                name: "baseline_date",
                table: "enrolments");
        }
    }
}
