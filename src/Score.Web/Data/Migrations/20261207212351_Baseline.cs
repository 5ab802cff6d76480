using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Score.Web.Data.Migrations
{
    /// <summary>
    /// The whole schema as it stood when the first installation was still to come: the sixteen migrations of
    /// 2026-11-28 to 2026-12-03 squashed into one (docs/decisions/0011-one-baseline-migration.md). Reference rows are
    /// not here: Data/ReferenceDataSeed writes them after migrating. Besides what the model creates, it adds the
    /// database objects EF has no model for, written as the old migrations wrote them: the audit trail's guard, the
    /// data_version sequence the dashboard cache reads, the figures_pending queue behind the figure facts, and (new with
    /// the squash) the next_visit_due function.
    /// </summary>
    public partial class Baseline : Migration
    {
        /// <summary>The tables whose committed changes move data_version on (a dashboard computed earlier is then stale).</summary>
        private static readonly string[] VersionedTables =
        [
            "partners", "variants", "modules", "enterprises", "enterprise_people", "trainings", "training_co_trainers", "enrolments",
            "participants", "classroom_days", "attendance", "consultations", "kpi_values", "certificates",
        ];

        /// <summary>Each table behind the figure facts, and the trainings a set of its rows (r) belongs to.</summary>
        private static readonly (string Table, string Trainings, bool UpdatesOnly)[] FigureSources =
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
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "api_idempotency_records",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    request = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: false),
                    body = table.Column<string>(type: "text", nullable: true),
                    location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_idempotency_records", x => new { x.user_id, x.key });
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    entity_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: true),
                    action = table.Column<int>(type: "integer", nullable: false),
                    changes = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "certificate_counters",
                columns: table => new
                {
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificate_counters", x => new { x.partner_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

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
                name: "import_batches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_batches", x => x.id);
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
                name: "modules",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    name_en = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name_id = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    description_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    description_id = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    planned_consultations = table.Column<int>(type: "integer", nullable: false),
                    consultation_window_days = table.Column<int>(type: "integer", nullable: false),
                    participant_min_attendance_percent = table.Column<int>(type: "integer", nullable: false),
                    enterprise_needs_manager_and_worker = table.Column<bool>(type: "boolean", nullable: false),
                    enterprise_needs_planned_consultations = table.Column<bool>(type: "boolean", nullable: false),
                    enterprise_needs_workshop = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_modules", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "offline_entries",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    training_id = table.Column<int>(type: "integer", nullable: false),
                    target_id = table.Column<int>(type: "integer", nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "text", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offline_entries", x => x.id);
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

            migrationBuilder.CreateTable(
                name: "partner_kinds",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name_en = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name_id = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partner_kinds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "provinces",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_provinces", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sectors",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name_en = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name_id = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sectors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sign_in_failures",
                columns: table => new
                {
                    address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    failures = table.Column<int>(type: "integer", nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_in_failures", x => x.address);
                });

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
                name: "partners",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    short_name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    partner_kind_id = table.Column<int>(type: "integer", nullable: false),
                    is_lead = table.Column<bool>(type: "boolean", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    contact_person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    commitment_signed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partners", x => x.id);
                    table.ForeignKey(
                        name: "fk_partners_partner_kinds_partner_kind_id",
                        column: x => x.partner_kind_id,
                        principalTable: "partner_kinds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_partners_provinces_province_code",
                        column: x => x.province_code,
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regencies",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regencies", x => x.code);
                    table.ForeignKey(
                        name: "fk_regencies_provinces_province_code",
                        column: x => x.province_code,
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    must_change_password = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    last_sign_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                    table.ForeignKey(
                        name: "fk_users_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "variants",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    target_sector_id = table.Column<int>(type: "integer", nullable: true),
                    module_numbers = table.Column<int[]>(type: "integer[]", nullable: false),
                    typical_duration_weeks = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_variants", x => x.id);
                    table.ForeignKey(
                        name: "fk_variants_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_variants_sectors_target_sector_id",
                        column: x => x.target_sector_id,
                        principalTable: "sectors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enterprises",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_folded = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, computedColumnSql: "lower(name)", stored: true),
                    nib = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    legal_form = table.Column<int>(type: "integer", nullable: false),
                    sector_id = table.Column<int>(type: "integer", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", nullable: false),
                    regency_code = table.Column<string>(type: "character varying(5)", nullable: true),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    owner_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    year_founded = table.Column<int>(type: "integer", nullable: true),
                    workers_women = table.Column<int>(type: "integer", nullable: false),
                    workers_men = table.Column<int>(type: "integer", nullable: false),
                    sales_band = table.Column<int>(type: "integer", nullable: false),
                    size_class = table.Column<int>(type: "integer", nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enterprises", x => x.id);
                    table.CheckConstraint("ck_enterprises_nib_digits", "nib IS NULL OR nib ~ '^[0-9]{13}$'");
                    table.CheckConstraint("ck_enterprises_workers_not_negative", "workers_women >= 0 AND workers_men >= 0");
                    table.ForeignKey(
                        name: "fk_enterprises_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_enterprises_provinces_province_code",
                        column: x => x.province_code,
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_enterprises_regencies_regency_code",
                        column: x => x.regency_code,
                        principalTable: "regencies",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_enterprises_sectors_sector_id",
                        column: x => x.sector_id,
                        principalTable: "sectors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    can_write = table.Column<bool>(type: "boolean", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "text", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "trainers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    sex = table.Column<int>(type: "integer", nullable: false),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    calendar_feed_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    calendar_feed_created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trainers", x => x.id);
                    table.ForeignKey(
                        name: "fk_trainers_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_trainers_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    role_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enterprise_people",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    enterprise_id = table.Column<int>(type: "integer", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sex = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    is_eit_member = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enterprise_people", x => x.id);
                    table.ForeignKey(
                        name: "fk_enterprise_people_enterprises_enterprise_id",
                        column: x => x.enterprise_id,
                        principalTable: "enterprises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "trainer_certifications",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    trainer_profile_id = table.Column<int>(type: "integer", nullable: false),
                    module_number = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    certified_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trainer_certifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_trainer_certifications_modules_module_number",
                        column: x => x.module_number,
                        principalTable: "modules",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_trainer_certifications_trainers_trainer_profile_id",
                        column: x => x.trainer_profile_id,
                        principalTable: "trainers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                    // Kept from the migration that added the column to existing rows: the data generator's COPY leaves it out.
                    review_state = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    review_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
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
                    baseline_date = table.Column<DateOnly>(type: "date", nullable: true),
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
                name: "training_reviews",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    training_id = table.Column<int>(type: "integer", nullable: false),
                    step = table.Column<int>(type: "integer", nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_training_reviews_trainings_training_id",
                        column: x => x.training_id,
                        principalTable: "trainings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "consultations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    enrolment_id = table.Column<int>(type: "integer", nullable: false),
                    trainer_id = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    mode = table.Column<int>(type: "integer", nullable: false),
                    findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    eit_attendee_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultations", x => x.id);
                    table.CheckConstraint("ck_consultations_duration", "duration_minutes > 0 AND duration_minutes <= 1440");
                    table.ForeignKey(
                        name: "fk_consultations_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_consultations_trainers_trainer_id",
                        column: x => x.trainer_id,
                        principalTable: "trainers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "improvement_actions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    enrolment_id = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    raised_in_consultation_id = table.Column<int>(type: "integer", nullable: true),
                    last_reviewed_in_consultation_id = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_improvement_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_improvement_actions_consultations_last_reviewed_in_consulta",
                        column: x => x.last_reviewed_in_consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_improvement_actions_consultations_raised_in_consultation_id",
                        column: x => x.raised_in_consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_improvement_actions_enrolments_enrolment_id",
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

            migrationBuilder.CreateTable(
                name: "certificates",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    training_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    enrolment_id = table.Column<int>(type: "integer", nullable: true),
                    participant_id = table.Column<int>(type: "integer", nullable: true),
                    holder_key = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    serial = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    holder_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    enterprise_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    module_number = table.Column<int>(type: "integer", nullable: false),
                    module_name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    module_name_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    partner_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    variant_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    trainer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    revocation_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    replaced_by_id = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificates", x => x.id);
                    table.ForeignKey(
                        name: "fk_certificates_certificates_replaced_by_id",
                        column: x => x.replaced_by_id,
                        principalTable: "certificates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_certificates_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_certificates_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_certificates_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_certificates_trainings_training_id",
                        column: x => x.training_id,
                        principalTable: "trainings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "certificate_verifications",
                columns: table => new
                {
                    certificate_id = table.Column<int>(type: "integer", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificate_verifications", x => x.certificate_id);
                    table.ForeignKey(
                        name: "fk_certificate_verifications_certificates_certificate_id",
                        column: x => x.certificate_id,
                        principalTable: "certificates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_idempotency_records_created_at",
                table: "api_idempotency_records",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_hash",
                table: "api_tokens",
                column: "hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_user_id",
                table: "api_tokens",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_attendance_classroom_day_id",
                table: "attendance",
                column: "classroom_day_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_at",
                table: "audit_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_by",
                table: "audit_entries",
                column: "by");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_certificates_code",
                table: "certificates",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_certificates_enrolment_id",
                table: "certificates",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_participant_id",
                table: "certificates",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_partner_id_year_sequence",
                table: "certificates",
                columns: new[] { "partner_id", "year", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_certificates_replaced_by_id",
                table: "certificates",
                column: "replaced_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_serial",
                table: "certificates",
                column: "serial",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_certificates_training_id_holder_key",
                table: "certificates",
                columns: new[] { "training_id", "holder_key" },
                unique: true,
                filter: "revoked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_checklist_answers_checklist_item_id",
                table: "checklist_answers",
                column: "checklist_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_checklist_items_module_number",
                table: "checklist_items",
                column: "module_number");

            migrationBuilder.CreateIndex(
                name: "ix_classroom_days_training_id_date",
                table: "classroom_days",
                columns: new[] { "training_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_consultations_enrolment_id_date",
                table: "consultations",
                columns: new[] { "enrolment_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_consultations_trainer_id",
                table: "consultations",
                column: "trainer_id");

            migrationBuilder.CreateIndex(
                name: "ix_enrolment_facts_training_id",
                table: "enrolment_facts",
                column: "training_id");

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
                name: "ix_enterprise_people_enterprise_id",
                table: "enterprise_people",
                column: "enterprise_id");

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
                filter: "deleted_at IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "name_folded" });

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_province_code",
                table: "enterprises",
                column: "province_code");

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_regency_code",
                table: "enterprises",
                column: "regency_code");

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_sector_id",
                table: "enterprises",
                column: "sector_id");

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_size_class",
                table: "enterprises",
                column: "size_class");

            migrationBuilder.CreateIndex(
                name: "ix_improvement_actions_enrolment_id",
                table: "improvement_actions",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "ix_improvement_actions_last_reviewed_in_consultation_id",
                table: "improvement_actions",
                column: "last_reviewed_in_consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_improvement_actions_raised_in_consultation_id",
                table: "improvement_actions",
                column: "raised_in_consultation_id");

            migrationBuilder.CreateIndex(
                name: "ix_kpi_facts_training_id",
                table: "kpi_facts",
                column: "training_id");

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

            migrationBuilder.CreateIndex(
                name: "ix_offline_entries_partner_id_state",
                table: "offline_entries",
                columns: new[] { "partner_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_offline_entries_user_id_client_id",
                table: "offline_entries",
                columns: new[] { "user_id", "client_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_participant_facts_training_id",
                table: "participant_facts",
                column: "training_id");

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
                name: "ix_partner_kinds_code",
                table: "partner_kinds",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_partners_partner_kind_id",
                table: "partners",
                column: "partner_kind_id");

            migrationBuilder.CreateIndex(
                name: "ix_partners_province_code",
                table: "partners",
                column: "province_code");

            migrationBuilder.CreateIndex(
                name: "ix_partners_short_name",
                table: "partners",
                column: "short_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regencies_province_code",
                table: "regencies",
                column: "province_code");

            migrationBuilder.CreateIndex(
                name: "ix_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sectors_code",
                table: "sectors",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_failures_since",
                table: "sign_in_failures",
                column: "since");

            migrationBuilder.CreateIndex(
                name: "ix_trainer_certifications_module_number",
                table: "trainer_certifications",
                column: "module_number");

            migrationBuilder.CreateIndex(
                name: "ix_trainer_certifications_trainer_profile_id_module_number",
                table: "trainer_certifications",
                columns: new[] { "trainer_profile_id", "module_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_trainers_calendar_feed_hash",
                table: "trainers",
                column: "calendar_feed_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_trainers_partner_id",
                table: "trainers",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_trainers_user_id",
                table: "trainers",
                column: "user_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_training_co_trainers_trainer_id",
                table: "training_co_trainers",
                column: "trainer_id");

            migrationBuilder.CreateIndex(
                name: "ix_training_reviews_training_id",
                table: "training_reviews",
                column: "training_id");

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
                name: "ix_trainings_review_state_submitted_at",
                table: "trainings",
                columns: new[] { "review_state", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_trainings_variant_id",
                table: "trainings",
                column: "variant_id");

            migrationBuilder.CreateIndex(
                name: "ix_trainings_visiting",
                table: "trainings",
                column: "id",
                filter: "status IN (1, 2)");

            migrationBuilder.CreateIndex(
                name: "ix_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_role_id",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "ix_users_partner_id",
                table: "users",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_variants_partner_id_name",
                table: "variants",
                columns: new[] { "partner_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_variants_target_sector_id",
                table: "variants",
                column: "target_sector_id");

            AuditTrailGuard(migrationBuilder);
            DataVersion(migrationBuilder);
            FiguresPending(migrationBuilder);
            NextVisitDue(migrationBuilder);
        }

        /// <summary>
        /// The day the next visit is due, in whole numbers rounding half up: the SQL of Domain/VisitSchedule.NextDue, to which
        /// EF maps that method in queries. Added with the squash (the one object the old chain did not have); SQL-bodied and
        /// immutable, so the planner inlines it. No planned visits give null rather than a division by zero.
        /// </summary>
        private static void NextVisitDue(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""
                CREATE FUNCTION next_visit_due(last_classroom_day date, visits_done integer, planned integer, window_days integer)
                  RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT last_classroom_day + (2 * window_days * (visits_done + 1) + planned) / NULLIF(2 * planned, 0)
                  $$
                """);

        /// <summary>The trail is written, never rewritten: updating or deleting an entry fails in the database itself.</summary>
        private static void AuditTrailGuard(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE EXCEPTION 'audit entries are never changed or deleted';
                END $$;
                CREATE TRIGGER audit_entries_are_kept BEFORE UPDATE OR DELETE ON audit_entries
                  FOR EACH ROW EXECUTE FUNCTION audit_entries_are_kept();
                """);

        /// <summary>Row triggers deferred to commit move the sequence on; TRUNCATE, which has no rows, moves it at once.</summary>
        private static void DataVersion(MigrationBuilder migrationBuilder)
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
            foreach (var table in VersionedTables)
            {
                migrationBuilder.Sql(
                    $"""
                    CREATE CONSTRAINT TRIGGER data_version_{table} AFTER INSERT OR UPDATE OR DELETE ON {table}
                      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version()
                    """);
                migrationBuilder.Sql($"CREATE TRIGGER data_version_truncate_{table} AFTER TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()");
            }
        }

        /// <summary>
        /// A statement trigger on every table behind the figures queues the trainings the statement touched, in the
        /// writer's transaction; rows a DELETE removed in cascade may no longer find their training, and the deleted parent queued it.
        /// </summary>
        private static void FiguresPending(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE figures_pending (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, training_id integer NOT NULL)");
            foreach (var (table, trainings, updatesOnly) in FigureSources)
            {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Dropping the tables drops their triggers; the functions, the sequence and the queue go by name.
            migrationBuilder.Sql("DROP FUNCTION next_visit_due(date, integer, integer, integer)");
            migrationBuilder.Sql("DROP TABLE figures_pending");
            foreach (var (table, _, _) in FigureSources)
            {
                migrationBuilder.Sql($"DROP FUNCTION figures_pending_{table}() CASCADE");
            }
            migrationBuilder.Sql("DROP FUNCTION bump_data_version() CASCADE");
            migrationBuilder.Sql("DROP SEQUENCE data_version");
            migrationBuilder.Sql("DROP FUNCTION audit_entries_are_kept() CASCADE");
            migrationBuilder.DropTable(
                name: "api_idempotency_records");

            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "attendance");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "certificate_counters");

            migrationBuilder.DropTable(
                name: "certificate_verifications");

            migrationBuilder.DropTable(
                name: "checklist_answers");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "enrolment_facts");

            migrationBuilder.DropTable(
                name: "import_batches");

            migrationBuilder.DropTable(
                name: "improvement_actions");

            migrationBuilder.DropTable(
                name: "kpi_facts");

            migrationBuilder.DropTable(
                name: "kpi_values");

            migrationBuilder.DropTable(
                name: "offline_entries");

            migrationBuilder.DropTable(
                name: "participant_facts");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "sign_in_failures");

            migrationBuilder.DropTable(
                name: "trainer_certifications");

            migrationBuilder.DropTable(
                name: "training_co_trainers");

            migrationBuilder.DropTable(
                name: "training_reviews");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_roles");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "classroom_days");

            migrationBuilder.DropTable(
                name: "certificates");

            migrationBuilder.DropTable(
                name: "checklist_items");

            migrationBuilder.DropTable(
                name: "consultations");

            migrationBuilder.DropTable(
                name: "kpis");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "participants");

            migrationBuilder.DropTable(
                name: "enrolments");

            migrationBuilder.DropTable(
                name: "enterprise_people");

            migrationBuilder.DropTable(
                name: "trainings");

            migrationBuilder.DropTable(
                name: "enterprises");

            migrationBuilder.DropTable(
                name: "modules");

            migrationBuilder.DropTable(
                name: "trainers");

            migrationBuilder.DropTable(
                name: "variants");

            migrationBuilder.DropTable(
                name: "regencies");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "sectors");

            migrationBuilder.DropTable(
                name: "partners");

            migrationBuilder.DropTable(
                name: "partner_kinds");

            migrationBuilder.DropTable(
                name: "provinces");
        }
    }
}
