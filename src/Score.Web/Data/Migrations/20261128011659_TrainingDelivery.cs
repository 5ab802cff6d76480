using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Score.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TrainingDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "consultation_window_days",
                table: "modules",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "enterprise_needs_manager_and_worker",
                table: "modules",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "enterprise_needs_planned_consultations",
                table: "modules",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "enterprise_needs_workshop",
                table: "modules",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "participant_min_attendance_percent",
                table: "modules",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "planned_consultations",
                table: "modules",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "trainings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    module_number = table.Column<int>(type: "integer", nullable: false),
                    variant_id = table.Column<int>(type: "integer", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    lead_trainer_id = table.Column<int>(type: "integer", nullable: false),
                    venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    province_code = table.Column<string>(type: "character varying(2)", nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    planned_start = table.Column<DateOnly>(type: "date", nullable: false),
                    planned_end = table.Column<DateOnly>(type: "date", nullable: false),
                    funding = table.Column<int>(type: "integer", nullable: false),
                    sponsor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    total_cost = table.Column<decimal>(type: "numeric(16,0)", precision: 16, scale: 0, nullable: false),
                    fees_collected = table.Column<decimal>(type: "numeric(16,0)", precision: 16, scale: 0, nullable: false),
                    sponsor_contribution = table.Column<decimal>(type: "numeric(16,0)", precision: 16, scale: 0, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    workshop_date = table.Column<DateOnly>(type: "date", nullable: true),
                    workshop_venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trainings", x => x.id);
                    table.CheckConstraint("ck_trainings_amounts_not_negative", "total_cost >= 0 AND fees_collected >= 0 AND sponsor_contribution >= 0");
                    table.CheckConstraint("ck_trainings_dates", "planned_end >= planned_start");
                    table.ForeignKey(
                        name: "fk_trainings_modules_module_number",
                        column: x => x.module_number,
                        principalTable: "modules",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_trainings_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_trainings_provinces_province_code",
                        column: x => x.province_code,
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_trainings_trainers_lead_trainer_id",
                        column: x => x.lead_trainer_id,
                        principalTable: "trainers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_trainings_variants_variant_id",
                        column: x => x.variant_id,
                        principalTable: "variants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "classroom_days",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    training_id = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    topic = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    attendance_taken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_classroom_days", x => x.id);
                    table.ForeignKey(
                        name: "fk_classroom_days_trainings_training_id",
                        column: x => x.training_id,
                        principalTable: "trainings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enrolments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    training_id = table.Column<int>(type: "integer", nullable: false),
                    enterprise_id = table.Column<int>(type: "integer", nullable: false),
                    fee_paid = table.Column<decimal>(type: "numeric(16,0)", precision: 16, scale: 0, nullable: true),
                    presented_at_workshop = table.Column<bool>(type: "boolean", nullable: false),
                    presenters = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    results_summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    productivity_improved = table.Column<bool>(type: "boolean", nullable: true),
                    productivity_change_percent = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    costs_saved = table.Column<bool>(type: "boolean", nullable: true),
                    costs_saved_rupiah = table.Column<decimal>(type: "numeric(16,0)", precision: 16, scale: 0, nullable: true),
                    defects_reduced = table.Column<bool>(type: "boolean", nullable: true),
                    defects_change_percent = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    energy_saved = table.Column<bool>(type: "boolean", nullable: true),
                    energy_saved_percent = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enrolments", x => x.id);
                    table.ForeignKey(
                        name: "fk_enrolments_enterprises_enterprise_id",
                        column: x => x.enterprise_id,
                        principalTable: "enterprises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_enrolments_trainings_training_id",
                        column: x => x.training_id,
                        principalTable: "trainings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_co_trainers",
                columns: table => new
                {
                    training_id = table.Column<int>(type: "integer", nullable: false),
                    trainer_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_co_trainers", x => new { x.training_id, x.trainer_id });
                    table.ForeignKey(
                        name: "fk_training_co_trainers_trainers_trainer_id",
                        column: x => x.trainer_id,
                        principalTable: "trainers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_training_co_trainers_trainings_training_id",
                        column: x => x.training_id,
                        principalTable: "trainings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "participants",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    enrolment_id = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participants", x => x.id);
                    table.ForeignKey(
                        name: "fk_participants_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_participants_people_person_id",
                        column: x => x.person_id,
                        principalTable: "enterprise_people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "attendance",
                columns: table => new
                {
                    participant_id = table.Column<int>(type: "integer", nullable: false),
                    classroom_day_id = table.Column<int>(type: "integer", nullable: false),
                    present = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendance", x => new { x.participant_id, x.classroom_day_id });
                    table.ForeignKey(
                        name: "fk_attendance_classroom_days_classroom_day_id",
                        column: x => x.classroom_day_id,
                        principalTable: "classroom_days",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_attendance_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "modules",
                keyColumn: "number",
                keyValue: 1,
                columns: new[] { "consultation_window_days", "enterprise_needs_manager_and_worker", "enterprise_needs_planned_consultations", "enterprise_needs_workshop", "participant_min_attendance_percent", "planned_consultations" },
                values: new object[] { 90, true, true, true, 100, 3 });

            migrationBuilder.UpdateData(
                table: "modules",
                keyColumn: "number",
                keyValue: 2,
                columns: new[] { "consultation_window_days", "enterprise_needs_manager_and_worker", "enterprise_needs_planned_consultations", "enterprise_needs_workshop", "participant_min_attendance_percent", "planned_consultations" },
                values: new object[] { 90, true, true, true, 100, 3 });

            migrationBuilder.UpdateData(
                table: "modules",
                keyColumn: "number",
                keyValue: 3,
                columns: new[] { "consultation_window_days", "enterprise_needs_manager_and_worker", "enterprise_needs_planned_consultations", "enterprise_needs_workshop", "participant_min_attendance_percent", "planned_consultations" },
                values: new object[] { 90, true, true, true, 100, 3 });

            migrationBuilder.UpdateData(
                table: "modules",
                keyColumn: "number",
                keyValue: 4,
                columns: new[] { "consultation_window_days", "enterprise_needs_manager_and_worker", "enterprise_needs_planned_consultations", "enterprise_needs_workshop", "participant_min_attendance_percent", "planned_consultations" },
                values: new object[] { 90, true, true, true, 100, 3 });

            migrationBuilder.UpdateData(
                table: "modules",
                keyColumn: "number",
                keyValue: 5,
                columns: new[] { "consultation_window_days", "enterprise_needs_manager_and_worker", "enterprise_needs_planned_consultations", "enterprise_needs_workshop", "participant_min_attendance_percent", "planned_consultations" },
                values: new object[] { 90, true, true, true, 100, 3 });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_classroom_day_id",
                table: "attendance",
                column: "classroom_day_id");

            migrationBuilder.CreateIndex(
                name: "ix_classroom_days_training_id_date",
                table: "classroom_days",
                columns: new[] { "training_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_enterprise_id",
                table: "enrolments",
                column: "enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_training_id_enterprise_id",
                table: "enrolments",
                columns: new[] { "training_id", "enterprise_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_participants_enrolment_id_person_id",
                table: "participants",
                columns: new[] { "enrolment_id", "person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_participants_person_id",
                table: "participants",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_training_co_trainers_trainer_id",
                table: "training_co_trainers",
                column: "trainer_id");

            migrationBuilder.CreateIndex(
                name: "ix_trainings_lead_trainer_id",
                table: "trainings",
                column: "lead_trainer_id");

            migrationBuilder.CreateIndex(
                name: "ix_trainings_module_number",
                table: "trainings",
                column: "module_number");

            migrationBuilder.CreateIndex(
                name: "ix_trainings_partner_id_status",
                table: "trainings",
                columns: new[] { "partner_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_trainings_planned_start",
                table: "trainings",
                column: "planned_start");

            migrationBuilder.CreateIndex(
                name: "ix_trainings_province_code",
                table: "trainings",
                column: "province_code");

            migrationBuilder.CreateIndex(
                name: "ix_trainings_variant_id",
                table: "trainings",
                column: "variant_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance");

            migrationBuilder.DropTable(
                name: "training_co_trainers");

            migrationBuilder.DropTable(
                name: "classroom_days");

            migrationBuilder.DropTable(
                name: "participants");

            migrationBuilder.DropTable(
                name: "enrolments");

            migrationBuilder.DropTable(
                name: "trainings");

            migrationBuilder.DropColumn(
                name: "consultation_window_days",
                table: "modules");

            migrationBuilder.DropColumn(
                name: "enterprise_needs_manager_and_worker",
                table: "modules");

            migrationBuilder.DropColumn(
                name: "enterprise_needs_planned_consultations",
                table: "modules");

            migrationBuilder.DropColumn(
                name: "enterprise_needs_workshop",
                table: "modules");

            migrationBuilder.DropColumn(
                name: "participant_min_attendance_percent",
                table: "modules");

            migrationBuilder.DropColumn(
                name: "planned_consultations",
                table: "modules");
        }
    }
}
