using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Score.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "trainers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    sex = table.Column<int>(type: "integer", nullable: false),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
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

            migrationBuilder.InsertData(
                table: "modules",
                columns: new[] { "number", "consultation_window_days", "created_at", "created_by", "description_en", "description_id", "enterprise_needs_manager_and_worker", "enterprise_needs_planned_consultations", "enterprise_needs_workshop", "name_en", "name_id", "participant_min_attendance_percent", "planned_consultations", "updated_at", "updated_by" },
                values: new object[,]
                {
                    { 1, 90, new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration", "Managers and workers learn to work together: an Enterprise Improvement Team, suggestion schemes, daily meetings and 5S housekeeping. Every enterprise starts here.", "Manajer dan pekerja belajar bekerja sama: Tim Peningkatan Perusahaan, sistem saran, rapat harian dan 5R. Setiap perusahaan memulai dari modul ini.", true, true, true, "Workplace Cooperation", "Kerja Sama di Tempat Kerja", 100, 3, new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration" },
                    { 2, 90, new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration", "Customer-focused quality: measuring defects and rejects, finding root causes and sharing quality information with workers.", "Kualitas yang berfokus pada pelanggan: mengukur cacat dan produk tolak, mencari akar masalah dan berbagi informasi kualitas dengan pekerja.", true, true, true, "Quality Management", "Manajemen Kualitas", 100, 3, new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration" },
                    { 3, 90, new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration", "Less waste, energy and materials per unit: tracking resource use and cutting costs while protecting the environment.", "Lebih sedikit limbah, energi dan bahan per unit: mencatat penggunaan sumber daya dan menekan biaya sambil menjaga lingkungan.", true, true, true, "Productivity through Cleaner Production", "Produksi Bersih", 100, 3, new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration" },
                    { 4, 90, new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration", "Recruitment, pay, working time, skills and communication that keep good workers and lower absenteeism and turnover.", "Rekrutmen, pengupahan, waktu kerja, keterampilan dan komunikasi yang mempertahankan pekerja baik serta menekan absensi dan pergantian pekerja.", true, true, true, "Human Resource (Workforce) Management", "Manajemen Sumber Daya Manusia", 100, 3, new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration" },
                    { 5, 90, new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration", "A safe and healthy workplace: risk assessment, a safety committee, accident records and prevention.", "Tempat kerja yang aman dan sehat: penilaian risiko, panitia K3, pencatatan dan pencegahan kecelakaan.", true, true, true, "Occupational Safety and Health", "Keselamatan dan Kesehatan Kerja (K3)", 100, 3, new DateTimeOffset(new DateTime(2021, 12, 8, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration" }
                });

            migrationBuilder.InsertData(
                table: "partner_kinds",
                columns: new[] { "id", "code", "name_en", "name_id" },
                values: new object[,]
                {
                    { 1, "business-association", "Business association", "Asosiasi bisnis" },
                    { 2, "consultancy", "Consultancy", "Konsultan" },
                    { 3, "university", "University", "Universitas" },
                    { 4, "polytechnic", "Polytechnic", "Politeknik" },
                    { 5, "vocational-centre", "Public vocational training centre", "Balai latihan kerja pemerintah" },
                    { 6, "training-provider", "Training provider", "Lembaga pelatihan" }
                });

            migrationBuilder.InsertData(
                table: "provinces",
                columns: new[] { "code", "name" },
                values: new object[,]
                {
                    { "11", "Aceh" },
                    { "12", "Sumatera Utara" },
                    { "13", "Sumatera Barat" },
                    { "14", "Riau" },
                    { "15", "Jambi" },
                    { "16", "Sumatera Selatan" },
                    { "17", "Bengkulu" },
                    { "18", "Lampung" },
                    { "19", "Kepulauan Bangka Belitung" },
                    { "21", "Kepulauan Riau" },
                    { "31", "Daerah Khusus Ibukota Jakarta" },
                    { "32", "Jawa Barat" },
                    { "33", "Jawa Tengah" },
                    { "34", "Daerah Istimewa Yogyakarta" },
                    { "35", "Jawa Timur" },
                    { "36", "Banten" },
                    { "51", "Bali" },
                    { "52", "Nusa Tenggara Barat" },
                    { "53", "Nusa Tenggara Timur" },
                    { "61", "Kalimantan Barat" },
                    { "62", "Kalimantan Tengah" },
                    { "63", "Kalimantan Selatan" },
                    { "64", "Kalimantan Timur" },
                    { "65", "Kalimantan Utara" },
                    { "71", "Sulawesi Utara" },
                    { "72", "Sulawesi Tengah" },
                    { "73", "Sulawesi Selatan" },
                    { "74", "Sulawesi Tenggara" },
                    { "75", "Gorontalo" },
                    { "76", "Sulawesi Barat" },
                    { "81", "Maluku" },
                    { "82", "Maluku Utara" },
                    { "91", "Papua" },
                    { "92", "Papua Barat" },
                    { "93", "Papua Selatan" },
                    { "94", "Papua Tengah" },
                    { "95", "Papua Pegunungan" },
                    { "96", "Papua Barat Daya" }
                });

            migrationBuilder.InsertData(
                table: "roles",
                columns: new[] { "id", "concurrency_stamp", "name", "normalized_name" },
                values: new object[,]
                {
                    { "6c0f7a52-4b0e-4d8e-9b1a-0a1f2e3d4c01", "6c0f7a52-4b0e-4d8e-9b1a-0a1f2e3d4c01", "Administrator", "ADMINISTRATOR" },
                    { "6c0f7a52-4b0e-4d8e-9b1a-0a1f2e3d4c02", "6c0f7a52-4b0e-4d8e-9b1a-0a1f2e3d4c02", "ProgrammeViewer", "PROGRAMMEVIEWER" },
                    { "6c0f7a52-4b0e-4d8e-9b1a-0a1f2e3d4c03", "6c0f7a52-4b0e-4d8e-9b1a-0a1f2e3d4c03", "PartnerStaff", "PARTNERSTAFF" },
                    { "6c0f7a52-4b0e-4d8e-9b1a-0a1f2e3d4c04", "6c0f7a52-4b0e-4d8e-9b1a-0a1f2e3d4c04", "Trainer", "TRAINER" }
                });

            migrationBuilder.InsertData(
                table: "sectors",
                columns: new[] { "id", "code", "name_en", "name_id" },
                values: new object[,]
                {
                    { 1, "food", "Food and beverages", "Makanan dan minuman" },
                    { 2, "garment", "Garments and textiles", "Garmen dan tekstil" },
                    { 3, "furniture", "Furniture and wood products", "Mebel dan produk kayu" },
                    { 4, "metal", "Metal and automotive parts", "Logam dan komponen otomotif" },
                    { 5, "handicraft", "Handicrafts", "Kerajinan tangan" },
                    { 6, "leather", "Leather and footwear", "Kulit dan alas kaki" },
                    { 7, "chemicals", "Chemicals, plastics and rubber", "Kimia, plastik dan karet" },
                    { 8, "agro", "Agro-processing", "Pengolahan hasil pertanian" },
                    { 9, "hospitality", "Hotels and restaurants", "Hotel dan restoran" },
                    { 10, "creative", "Creative industries", "Industri kreatif" },
                    { 11, "trade", "Trade and retail", "Perdagangan dan ritel" },
                    { 12, "services", "Other services", "Jasa lainnya" },
                    { 13, "other-manufacturing", "Other manufacturing", "Manufaktur lainnya" }
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
                table: "regencies",
                columns: new[] { "code", "name", "province_code" },
                values: new object[,]
                {
                    { "11.01", "Kabupaten Aceh Selatan", "11" },
                    { "11.02", "Kabupaten Aceh Tenggara", "11" },
                    { "11.03", "Kabupaten Aceh Timur", "11" },
                    { "11.04", "Kabupaten Aceh Tengah", "11" },
                    { "11.05", "Kabupaten Aceh Barat", "11" },
                    { "11.06", "Kabupaten Aceh Besar", "11" },
                    { "11.07", "Kabupaten Pidie", "11" },
                    { "11.08", "Kabupaten Aceh Utara", "11" },
                    { "11.09", "Kabupaten Simeulue", "11" },
                    { "11.10", "Kabupaten Aceh Singkil", "11" },
                    { "11.11", "Kabupaten Bireuen", "11" },
                    { "11.12", "Kabupaten Aceh Barat Daya", "11" },
                    { "11.13", "Kabupaten Gayo Lues", "11" },
                    { "11.14", "Kabupaten Aceh Jaya", "11" },
                    { "11.15", "Kabupaten Nagan Raya", "11" },
                    { "11.16", "Kabupaten Aceh Tamiang", "11" },
                    { "11.17", "Kabupaten Bener Meriah", "11" },
                    { "11.18", "Kabupaten Pidie Jaya", "11" },
                    { "11.71", "Kota Banda Aceh", "11" },
                    { "11.72", "Kota Sabang", "11" },
                    { "11.73", "Kota Lhokseumawe", "11" },
                    { "11.74", "Kota Langsa", "11" },
                    { "11.75", "Kota Subulussalam", "11" },
                    { "12.01", "Kabupaten Tapanuli Tengah", "12" },
                    { "12.02", "Kabupaten Tapanuli Utara", "12" },
                    { "12.03", "Kabupaten Tapanuli Selatan", "12" },
                    { "12.04", "Kabupaten Nias", "12" },
                    { "12.05", "Kabupaten Langkat", "12" },
                    { "12.06", "Kabupaten Karo", "12" },
                    { "12.07", "Kabupaten Deli Serdang", "12" },
                    { "12.08", "Kabupaten Simalungun", "12" },
                    { "12.09", "Kabupaten Asahan", "12" },
                    { "12.10", "Kabupaten Labuhanbatu", "12" },
                    { "12.11", "Kabupaten Dairi", "12" },
                    { "12.12", "Kabupaten Toba", "12" },
                    { "12.13", "Kabupaten Mandailing Natal", "12" },
                    { "12.14", "Kabupaten Nias Selatan", "12" },
                    { "12.15", "Kabupaten Pakpak Bharat", "12" },
                    { "12.16", "Kabupaten Humbang Hasundutan", "12" },
                    { "12.17", "Kabupaten Samosir", "12" },
                    { "12.18", "Kabupaten Serdang Bedagai", "12" },
                    { "12.19", "Kabupaten Batu Bara", "12" },
                    { "12.20", "Kabupaten Padang Lawas Utara", "12" },
                    { "12.21", "Kabupaten Padang Lawas", "12" },
                    { "12.22", "Kabupaten Labuhanbatu Selatan", "12" },
                    { "12.23", "Kabupaten Labuhanbatu Utara", "12" },
                    { "12.24", "Kabupaten Nias Utara", "12" },
                    { "12.25", "Kabupaten Nias Barat", "12" },
                    { "12.71", "Kota Medan", "12" },
                    { "12.72", "Kota Pematangsiantar", "12" },
                    { "12.73", "Kota Sibolga", "12" },
                    { "12.74", "Kota Tanjungbalai", "12" },
                    { "12.75", "Kota Binjai", "12" },
                    { "12.76", "Kota Tebing Tinggi", "12" },
                    { "12.77", "Kota Padangsidimpuan", "12" },
                    { "12.78", "Kota Gunungsitoli", "12" },
                    { "13.01", "Kabupaten Pesisir Selatan", "13" },
                    { "13.02", "Kabupaten Solok", "13" },
                    { "13.03", "Kabupaten Sijunjung", "13" },
                    { "13.04", "Kabupaten Tanah Datar", "13" },
                    { "13.05", "Kabupaten Padang Pariaman", "13" },
                    { "13.06", "Kabupaten Agam", "13" },
                    { "13.07", "Kabupaten Lima Puluh Kota", "13" },
                    { "13.08", "Kabupaten Pasaman", "13" },
                    { "13.09", "Kabupaten Kepulauan Mentawai", "13" },
                    { "13.10", "Kabupaten Dharmasraya", "13" },
                    { "13.11", "Kabupaten Solok Selatan", "13" },
                    { "13.12", "Kabupaten Pasaman Barat", "13" },
                    { "13.71", "Kota Padang", "13" },
                    { "13.72", "Kota Solok", "13" },
                    { "13.73", "Kota Sawahlunto", "13" },
                    { "13.74", "Kota Padang Panjang", "13" },
                    { "13.75", "Kota Bukittinggi", "13" },
                    { "13.76", "Kota Payakumbuh", "13" },
                    { "13.77", "Kota Pariaman", "13" },
                    { "14.01", "Kabupaten Kampar", "14" },
                    { "14.02", "Kabupaten Indragiri Hulu", "14" },
                    { "14.03", "Kabupaten Bengkalis", "14" },
                    { "14.04", "Kabupaten Indragiri Hilir", "14" },
                    { "14.05", "Kabupaten Pelalawan", "14" },
                    { "14.06", "Kabupaten Rokan Hulu", "14" },
                    { "14.07", "Kabupaten Rokan Hilir", "14" },
                    { "14.08", "Kabupaten Siak", "14" },
                    { "14.09", "Kabupaten Kuantan Singingi", "14" },
                    { "14.10", "Kabupaten Kepulauan Meranti", "14" },
                    { "14.71", "Kota Pekanbaru", "14" },
                    { "14.72", "Kota Dumai", "14" },
                    { "15.01", "Kabupaten Kerinci", "15" },
                    { "15.02", "Kabupaten Merangin", "15" },
                    { "15.03", "Kabupaten Sarolangun", "15" },
                    { "15.04", "Kabupaten Batanghari", "15" },
                    { "15.05", "Kabupaten Muaro Jambi", "15" },
                    { "15.06", "Kabupaten Tanjung Jabung Barat", "15" },
                    { "15.07", "Kabupaten Tanjung Jabung Timur", "15" },
                    { "15.08", "Kabupaten Bungo", "15" },
                    { "15.09", "Kabupaten Tebo", "15" },
                    { "15.71", "Kota Jambi", "15" },
                    { "15.72", "Kota Sungai Penuh", "15" },
                    { "16.01", "Kabupaten Ogan Komering Ulu", "16" },
                    { "16.02", "Kabupaten Ogan Komering Ilir", "16" },
                    { "16.03", "Kabupaten Muara Enim", "16" },
                    { "16.04", "Kabupaten Lahat", "16" },
                    { "16.05", "Kabupaten Musi Rawas", "16" },
                    { "16.06", "Kabupaten Musi Banyuasin", "16" },
                    { "16.07", "Kabupaten Banyuasin", "16" },
                    { "16.08", "Kabupaten Ogan Komering Ulu Timur", "16" },
                    { "16.09", "Kabupaten Ogan Komering Ulu Selatan", "16" },
                    { "16.10", "Kabupaten Ogan Ilir", "16" },
                    { "16.11", "Kabupaten Empat Lawang", "16" },
                    { "16.12", "Kabupaten Penukal Abab Lematang Ilir", "16" },
                    { "16.13", "Kabupaten Musi Rawas Utara", "16" },
                    { "16.71", "Kota Palembang", "16" },
                    { "16.72", "Kota Pagar Alam", "16" },
                    { "16.73", "Kota Lubuk Linggau", "16" },
                    { "16.74", "Kota Prabumulih", "16" },
                    { "17.01", "Kabupaten Bengkulu Selatan", "17" },
                    { "17.02", "Kabupaten Rejang Lebong", "17" },
                    { "17.03", "Kabupaten Bengkulu Utara", "17" },
                    { "17.04", "Kabupaten Kaur", "17" },
                    { "17.05", "Kabupaten Seluma", "17" },
                    { "17.06", "Kabupaten Mukomuko", "17" },
                    { "17.07", "Kabupaten Lebong", "17" },
                    { "17.08", "Kabupaten Kepahiang", "17" },
                    { "17.09", "Kabupaten Bengkulu Tengah", "17" },
                    { "17.71", "Kota Bengkulu", "17" },
                    { "18.01", "Kabupaten Lampung Selatan", "18" },
                    { "18.02", "Kabupaten Lampung Tengah", "18" },
                    { "18.03", "Kabupaten Lampung Utara", "18" },
                    { "18.04", "Kabupaten Lampung Barat", "18" },
                    { "18.05", "Kabupaten Tulang Bawang", "18" },
                    { "18.06", "Kabupaten Tanggamus", "18" },
                    { "18.07", "Kabupaten Lampung Timur", "18" },
                    { "18.08", "Kabupaten Way Kanan", "18" },
                    { "18.09", "Kabupaten Pesawaran", "18" },
                    { "18.10", "Kabupaten Pringsewu", "18" },
                    { "18.11", "Kabupaten Mesuji", "18" },
                    { "18.12", "Kabupaten Tulang Bawang Barat", "18" },
                    { "18.13", "Kabupaten Pesisir Barat", "18" },
                    { "18.71", "Kota Bandar Lampung", "18" },
                    { "18.72", "Kota Metro", "18" },
                    { "19.01", "Kabupaten Bangka", "19" },
                    { "19.02", "Kabupaten Belitung", "19" },
                    { "19.03", "Kabupaten Bangka Selatan", "19" },
                    { "19.04", "Kabupaten Bangka Tengah", "19" },
                    { "19.05", "Kabupaten Bangka Barat", "19" },
                    { "19.06", "Kabupaten Belitung Timur", "19" },
                    { "19.71", "Kota Pangkal Pinang", "19" },
                    { "21.01", "Kabupaten Bintan", "21" },
                    { "21.02", "Kabupaten Karimun", "21" },
                    { "21.03", "Kabupaten Natuna", "21" },
                    { "21.04", "Kabupaten Lingga", "21" },
                    { "21.05", "Kabupaten Kepulauan Anambas", "21" },
                    { "21.71", "Kota Batam", "21" },
                    { "21.72", "Kota Tanjung Pinang", "21" },
                    { "31.01", "Kabupaten Administrasi Kepulauan Seribu", "31" },
                    { "31.71", "Kota Administrasi Jakarta Pusat", "31" },
                    { "31.72", "Kota Administrasi Jakarta Utara", "31" },
                    { "31.73", "Kota Administrasi Jakarta Barat", "31" },
                    { "31.74", "Kota Administrasi Jakarta Selatan", "31" },
                    { "31.75", "Kota Administrasi Jakarta Timur", "31" },
                    { "32.01", "Kabupaten Bogor", "32" },
                    { "32.02", "Kabupaten Sukabumi", "32" },
                    { "32.03", "Kabupaten Cianjur", "32" },
                    { "32.04", "Kabupaten Bandung", "32" },
                    { "32.05", "Kabupaten Garut", "32" },
                    { "32.06", "Kabupaten Tasikmalaya", "32" },
                    { "32.07", "Kabupaten Ciamis", "32" },
                    { "32.08", "Kabupaten Kuningan", "32" },
                    { "32.09", "Kabupaten Cirebon", "32" },
                    { "32.10", "Kabupaten Majalengka", "32" },
                    { "32.11", "Kabupaten Sumedang", "32" },
                    { "32.12", "Kabupaten Indramayu", "32" },
                    { "32.13", "Kabupaten Subang", "32" },
                    { "32.14", "Kabupaten Purwakarta", "32" },
                    { "32.15", "Kabupaten Karawang", "32" },
                    { "32.16", "Kabupaten Bekasi", "32" },
                    { "32.17", "Kabupaten Bandung Barat", "32" },
                    { "32.18", "Kabupaten Pangandaran", "32" },
                    { "32.71", "Kota Bogor", "32" },
                    { "32.72", "Kota Sukabumi", "32" },
                    { "32.73", "Kota Bandung", "32" },
                    { "32.74", "Kota Cirebon", "32" },
                    { "32.75", "Kota Bekasi", "32" },
                    { "32.76", "Kota Depok", "32" },
                    { "32.77", "Kota Cimahi", "32" },
                    { "32.78", "Kota Tasikmalaya", "32" },
                    { "32.79", "Kota Banjar", "32" },
                    { "33.01", "Kabupaten Cilacap", "33" },
                    { "33.02", "Kabupaten Banyumas", "33" },
                    { "33.03", "Kabupaten Purbalingga", "33" },
                    { "33.04", "Kabupaten Banjarnegara", "33" },
                    { "33.05", "Kabupaten Kebumen", "33" },
                    { "33.06", "Kabupaten Purworejo", "33" },
                    { "33.07", "Kabupaten Wonosobo", "33" },
                    { "33.08", "Kabupaten Magelang", "33" },
                    { "33.09", "Kabupaten Boyolali", "33" },
                    { "33.10", "Kabupaten Klaten", "33" },
                    { "33.11", "Kabupaten Sukoharjo", "33" },
                    { "33.12", "Kabupaten Wonogiri", "33" },
                    { "33.13", "Kabupaten Karanganyar", "33" },
                    { "33.14", "Kabupaten Sragen", "33" },
                    { "33.15", "Kabupaten Grobogan", "33" },
                    { "33.16", "Kabupaten Blora", "33" },
                    { "33.17", "Kabupaten Rembang", "33" },
                    { "33.18", "Kabupaten Pati", "33" },
                    { "33.19", "Kabupaten Kudus", "33" },
                    { "33.20", "Kabupaten Jepara", "33" },
                    { "33.21", "Kabupaten Demak", "33" },
                    { "33.22", "Kabupaten Semarang", "33" },
                    { "33.23", "Kabupaten Temanggung", "33" },
                    { "33.24", "Kabupaten Kendal", "33" },
                    { "33.25", "Kabupaten Batang", "33" },
                    { "33.26", "Kabupaten Pekalongan", "33" },
                    { "33.27", "Kabupaten Pemalang", "33" },
                    { "33.28", "Kabupaten Tegal", "33" },
                    { "33.29", "Kabupaten Brebes", "33" },
                    { "33.71", "Kota Magelang", "33" },
                    { "33.72", "Kota Surakarta", "33" },
                    { "33.73", "Kota Salatiga", "33" },
                    { "33.74", "Kota Semarang", "33" },
                    { "33.75", "Kota Pekalongan", "33" },
                    { "33.76", "Kota Tegal", "33" },
                    { "34.01", "Kabupaten Kulon Progo", "34" },
                    { "34.02", "Kabupaten Bantul", "34" },
                    { "34.03", "Kabupaten Gunungkidul", "34" },
                    { "34.04", "Kabupaten Sleman", "34" },
                    { "34.71", "Kota Yogyakarta", "34" },
                    { "35.01", "Kabupaten Pacitan", "35" },
                    { "35.02", "Kabupaten Ponorogo", "35" },
                    { "35.03", "Kabupaten Trenggalek", "35" },
                    { "35.04", "Kabupaten Tulungagung", "35" },
                    { "35.05", "Kabupaten Blitar", "35" },
                    { "35.06", "Kabupaten Kediri", "35" },
                    { "35.07", "Kabupaten Malang", "35" },
                    { "35.08", "Kabupaten Lumajang", "35" },
                    { "35.09", "Kabupaten Jember", "35" },
                    { "35.10", "Kabupaten Banyuwangi", "35" },
                    { "35.11", "Kabupaten Bondowoso", "35" },
                    { "35.12", "Kabupaten Situbondo", "35" },
                    { "35.13", "Kabupaten Probolinggo", "35" },
                    { "35.14", "Kabupaten Pasuruan", "35" },
                    { "35.15", "Kabupaten Sidoarjo", "35" },
                    { "35.16", "Kabupaten Mojokerto", "35" },
                    { "35.17", "Kabupaten Jombang", "35" },
                    { "35.18", "Kabupaten Nganjuk", "35" },
                    { "35.19", "Kabupaten Madiun", "35" },
                    { "35.20", "Kabupaten Magetan", "35" },
                    { "35.21", "Kabupaten Ngawi", "35" },
                    { "35.22", "Kabupaten Bojonegoro", "35" },
                    { "35.23", "Kabupaten Tuban", "35" },
                    { "35.24", "Kabupaten Lamongan", "35" },
                    { "35.25", "Kabupaten Gresik", "35" },
                    { "35.26", "Kabupaten Bangkalan", "35" },
                    { "35.27", "Kabupaten Sampang", "35" },
                    { "35.28", "Kabupaten Pamekasan", "35" },
                    { "35.29", "Kabupaten Sumenep", "35" },
                    { "35.71", "Kota Kediri", "35" },
                    { "35.72", "Kota Blitar", "35" },
                    { "35.73", "Kota Malang", "35" },
                    { "35.74", "Kota Probolinggo", "35" },
                    { "35.75", "Kota Pasuruan", "35" },
                    { "35.76", "Kota Mojokerto", "35" },
                    { "35.77", "Kota Madiun", "35" },
                    { "35.78", "Kota Surabaya", "35" },
                    { "35.79", "Kota Batu", "35" },
                    { "36.01", "Kabupaten Pandeglang", "36" },
                    { "36.02", "Kabupaten Lebak", "36" },
                    { "36.03", "Kabupaten Tangerang", "36" },
                    { "36.04", "Kabupaten Serang", "36" },
                    { "36.71", "Kota Tangerang", "36" },
                    { "36.72", "Kota Cilegon", "36" },
                    { "36.73", "Kota Serang", "36" },
                    { "36.74", "Kota Tangerang Selatan", "36" },
                    { "51.01", "Kabupaten Jembrana", "51" },
                    { "51.02", "Kabupaten Tabanan", "51" },
                    { "51.03", "Kabupaten Badung", "51" },
                    { "51.04", "Kabupaten Gianyar", "51" },
                    { "51.05", "Kabupaten Klungkung", "51" },
                    { "51.06", "Kabupaten Bangli", "51" },
                    { "51.07", "Kabupaten Karangasem", "51" },
                    { "51.08", "Kabupaten Buleleng", "51" },
                    { "51.71", "Kota Denpasar", "51" },
                    { "52.01", "Kabupaten Lombok Barat", "52" },
                    { "52.02", "Kabupaten Lombok Tengah", "52" },
                    { "52.03", "Kabupaten Lombok Timur", "52" },
                    { "52.04", "Kabupaten Sumbawa", "52" },
                    { "52.05", "Kabupaten Dompu", "52" },
                    { "52.06", "Kabupaten Bima", "52" },
                    { "52.07", "Kabupaten Sumbawa Barat", "52" },
                    { "52.08", "Kabupaten Lombok Utara", "52" },
                    { "52.71", "Kota Mataram", "52" },
                    { "52.72", "Kota Bima", "52" },
                    { "53.01", "Kabupaten Kupang", "53" },
                    { "53.02", "Kabupaten Timor Tengah Selatan", "53" },
                    { "53.03", "Kabupaten Timor Tengah Utara", "53" },
                    { "53.04", "Kabupaten Belu", "53" },
                    { "53.05", "Kabupaten Alor", "53" },
                    { "53.06", "Kabupaten Flores Timur", "53" },
                    { "53.07", "Kabupaten Sikka", "53" },
                    { "53.08", "Kabupaten Ende", "53" },
                    { "53.09", "Kabupaten Ngada", "53" },
                    { "53.10", "Kabupaten Manggarai", "53" },
                    { "53.11", "Kabupaten Sumba Timur", "53" },
                    { "53.12", "Kabupaten Sumba Barat", "53" },
                    { "53.13", "Kabupaten Lembata", "53" },
                    { "53.14", "Kabupaten Rote Ndao", "53" },
                    { "53.15", "Kabupaten Manggarai Barat", "53" },
                    { "53.16", "Kabupaten Nagekeo", "53" },
                    { "53.17", "Kabupaten Sumba Tengah", "53" },
                    { "53.18", "Kabupaten Sumba Barat Daya", "53" },
                    { "53.19", "Kabupaten Manggarai Timur", "53" },
                    { "53.20", "Kabupaten Sabu Raijua", "53" },
                    { "53.21", "Kabupaten Malaka", "53" },
                    { "53.71", "Kota Kupang", "53" },
                    { "61.01", "Kabupaten Sambas", "61" },
                    { "61.02", "Kabupaten Mempawah", "61" },
                    { "61.03", "Kabupaten Sanggau", "61" },
                    { "61.04", "Kabupaten Ketapang", "61" },
                    { "61.05", "Kabupaten Sintang", "61" },
                    { "61.06", "Kabupaten Kapuas Hulu", "61" },
                    { "61.07", "Kabupaten Bengkayang", "61" },
                    { "61.08", "Kabupaten Landak", "61" },
                    { "61.09", "Kabupaten Sekadau", "61" },
                    { "61.10", "Kabupaten Melawi", "61" },
                    { "61.11", "Kabupaten Kayong Utara", "61" },
                    { "61.12", "Kabupaten Kubu Raya", "61" },
                    { "61.71", "Kota Pontianak", "61" },
                    { "61.72", "Kota Singkawang", "61" },
                    { "62.01", "Kabupaten Kotawaringin Barat", "62" },
                    { "62.02", "Kabupaten Kotawaringin Timur", "62" },
                    { "62.03", "Kabupaten Kapuas", "62" },
                    { "62.04", "Kabupaten Barito Selatan", "62" },
                    { "62.05", "Kabupaten Barito Utara", "62" },
                    { "62.06", "Kabupaten Katingan", "62" },
                    { "62.07", "Kabupaten Seruyan", "62" },
                    { "62.08", "Kabupaten Sukamara", "62" },
                    { "62.09", "Kabupaten Lamandau", "62" },
                    { "62.10", "Kabupaten Gunung Mas", "62" },
                    { "62.11", "Kabupaten Pulang Pisau", "62" },
                    { "62.12", "Kabupaten Murung Raya", "62" },
                    { "62.13", "Kabupaten Barito Timur", "62" },
                    { "62.71", "Kota Palangkaraya", "62" },
                    { "63.01", "Kabupaten Tanah Laut", "63" },
                    { "63.02", "Kabupaten Kotabaru", "63" },
                    { "63.03", "Kabupaten Banjar", "63" },
                    { "63.04", "Kabupaten Barito Kuala", "63" },
                    { "63.05", "Kabupaten Tapin", "63" },
                    { "63.06", "Kabupaten Hulu Sungai Selatan", "63" },
                    { "63.07", "Kabupaten Hulu Sungai Tengah", "63" },
                    { "63.08", "Kabupaten Hulu Sungai Utara", "63" },
                    { "63.09", "Kabupaten Tabalong", "63" },
                    { "63.10", "Kabupaten Tanah Bumbu", "63" },
                    { "63.11", "Kabupaten Balangan", "63" },
                    { "63.71", "Kota Banjarmasin", "63" },
                    { "63.72", "Kota Banjarbaru", "63" },
                    { "64.01", "Kabupaten Paser", "64" },
                    { "64.02", "Kabupaten Kutai Kartanegara", "64" },
                    { "64.03", "Kabupaten Berau", "64" },
                    { "64.07", "Kabupaten Kutai Barat", "64" },
                    { "64.08", "Kabupaten Kutai Timur", "64" },
                    { "64.09", "Kabupaten Penajam Paser Utara", "64" },
                    { "64.11", "Kabupaten Mahakam Ulu", "64" },
                    { "64.71", "Kota Balikpapan", "64" },
                    { "64.72", "Kota Samarinda", "64" },
                    { "64.74", "Kota Bontang", "64" },
                    { "65.01", "Kabupaten Bulungan", "65" },
                    { "65.02", "Kabupaten Malinau", "65" },
                    { "65.03", "Kabupaten Nunukan", "65" },
                    { "65.04", "Kabupaten Tana Tidung", "65" },
                    { "65.71", "Kota Tarakan", "65" },
                    { "71.01", "Kabupaten Bolaang Mongondow", "71" },
                    { "71.02", "Kabupaten Minahasa", "71" },
                    { "71.03", "Kabupaten Kepulauan Sangihe", "71" },
                    { "71.04", "Kabupaten Kepulauan Talaud", "71" },
                    { "71.05", "Kabupaten Minahasa Selatan", "71" },
                    { "71.06", "Kabupaten Minahasa Utara", "71" },
                    { "71.07", "Kabupaten Minahasa Tenggara", "71" },
                    { "71.08", "Kabupaten Bolaang Mongondow Utara", "71" },
                    { "71.09", "Kabupaten Kepulauan Siau Tagulandang Biaro", "71" },
                    { "71.10", "Kabupaten Bolaang Mongondow Timur", "71" },
                    { "71.11", "Kabupaten Bolaang Mongondow Selatan", "71" },
                    { "71.71", "Kota Manado", "71" },
                    { "71.72", "Kota Bitung", "71" },
                    { "71.73", "Kota Tomohon", "71" },
                    { "71.74", "Kota Kotamobagu", "71" },
                    { "72.01", "Kabupaten Banggai", "72" },
                    { "72.02", "Kabupaten Poso", "72" },
                    { "72.03", "Kabupaten Donggala", "72" },
                    { "72.04", "Kabupaten Toli-Toli", "72" },
                    { "72.05", "Kabupaten Buol", "72" },
                    { "72.06", "Kabupaten Morowali", "72" },
                    { "72.07", "Kabupaten Banggai Kepulauan", "72" },
                    { "72.08", "Kabupaten Parigi Moutong", "72" },
                    { "72.09", "Kabupaten Tojo Una Una", "72" },
                    { "72.10", "Kabupaten Sigi", "72" },
                    { "72.11", "Kabupaten Banggai Laut", "72" },
                    { "72.12", "Kabupaten Morowali Utara", "72" },
                    { "72.71", "Kota Palu", "72" },
                    { "73.01", "Kabupaten Kepulauan Selayar", "73" },
                    { "73.02", "Kabupaten Bulukumba", "73" },
                    { "73.03", "Kabupaten Bantaeng", "73" },
                    { "73.04", "Kabupaten Jeneponto", "73" },
                    { "73.05", "Kabupaten Takalar", "73" },
                    { "73.06", "Kabupaten Gowa", "73" },
                    { "73.07", "Kabupaten Sinjai", "73" },
                    { "73.08", "Kabupaten Bone", "73" },
                    { "73.09", "Kabupaten Maros", "73" },
                    { "73.10", "Kabupaten Pangkajene dan Kepulauan", "73" },
                    { "73.11", "Kabupaten Barru", "73" },
                    { "73.12", "Kabupaten Soppeng", "73" },
                    { "73.13", "Kabupaten Wajo", "73" },
                    { "73.14", "Kabupaten Sidenreng Rappang", "73" },
                    { "73.15", "Kabupaten Pinrang", "73" },
                    { "73.16", "Kabupaten Enrekang", "73" },
                    { "73.17", "Kabupaten Luwu", "73" },
                    { "73.18", "Kabupaten Tana Toraja", "73" },
                    { "73.22", "Kabupaten Luwu Utara", "73" },
                    { "73.24", "Kabupaten Luwu Timur", "73" },
                    { "73.26", "Kabupaten Toraja Utara", "73" },
                    { "73.71", "Kota Makassar", "73" },
                    { "73.72", "Kota Parepare", "73" },
                    { "73.73", "Kota Palopo", "73" },
                    { "74.01", "Kabupaten Kolaka", "74" },
                    { "74.02", "Kabupaten Konawe", "74" },
                    { "74.03", "Kabupaten Muna", "74" },
                    { "74.04", "Kabupaten Buton", "74" },
                    { "74.05", "Kabupaten Konawe Selatan", "74" },
                    { "74.06", "Kabupaten Bombana", "74" },
                    { "74.07", "Kabupaten Wakatobi", "74" },
                    { "74.08", "Kabupaten Kolaka Utara", "74" },
                    { "74.09", "Kabupaten Konawe Utara", "74" },
                    { "74.10", "Kabupaten Buton Utara", "74" },
                    { "74.11", "Kabupaten Kolaka Timur", "74" },
                    { "74.12", "Kabupaten Konawe Kepulauan", "74" },
                    { "74.13", "Kabupaten Muna Barat", "74" },
                    { "74.14", "Kabupaten Buton Tengah", "74" },
                    { "74.15", "Kabupaten Buton Selatan", "74" },
                    { "74.71", "Kota Kendari", "74" },
                    { "74.72", "Kota Bau Bau", "74" },
                    { "75.01", "Kabupaten Gorontalo", "75" },
                    { "75.02", "Kabupaten Boalemo", "75" },
                    { "75.03", "Kabupaten Bone Bolango", "75" },
                    { "75.04", "Kabupaten Pohuwato", "75" },
                    { "75.05", "Kabupaten Gorontalo Utara", "75" },
                    { "75.71", "Kota Gorontalo", "75" },
                    { "76.01", "Kabupaten Pasangkayu", "76" },
                    { "76.02", "Kabupaten Mamuju", "76" },
                    { "76.03", "Kabupaten Mamasa", "76" },
                    { "76.04", "Kabupaten Polewali Mandar", "76" },
                    { "76.05", "Kabupaten Majene", "76" },
                    { "76.06", "Kabupaten Mamuju Tengah", "76" },
                    { "81.01", "Kabupaten Maluku Tengah", "81" },
                    { "81.02", "Kabupaten Maluku Tenggara", "81" },
                    { "81.03", "Kabupaten Kepulauan Tanimbar", "81" },
                    { "81.04", "Kabupaten Buru", "81" },
                    { "81.05", "Kabupaten Seram Bagian Timur", "81" },
                    { "81.06", "Kabupaten Seram Bagian Barat", "81" },
                    { "81.07", "Kabupaten Kepulauan Aru", "81" },
                    { "81.08", "Kabupaten Maluku Barat Daya", "81" },
                    { "81.09", "Kabupaten Buru Selatan", "81" },
                    { "81.71", "Kota Ambon", "81" },
                    { "81.72", "Kota Tual", "81" },
                    { "82.01", "Kabupaten Halmahera Barat", "82" },
                    { "82.02", "Kabupaten Halmahera Tengah", "82" },
                    { "82.03", "Kabupaten Halmahera Utara", "82" },
                    { "82.04", "Kabupaten Halmahera Selatan", "82" },
                    { "82.05", "Kabupaten Kepulauan Sula", "82" },
                    { "82.06", "Kabupaten Halmahera Timur", "82" },
                    { "82.07", "Kabupaten Pulau Morotai", "82" },
                    { "82.08", "Kabupaten Pulau Taliabu", "82" },
                    { "82.71", "Kota Ternate", "82" },
                    { "82.72", "Kota Tidore Kepulauan", "82" },
                    { "91.03", "Kabupaten Jayapura", "91" },
                    { "91.05", "Kabupaten Kepulauan Yapen", "91" },
                    { "91.06", "Kabupaten Biak Numfor", "91" },
                    { "91.10", "Kabupaten Sarmi", "91" },
                    { "91.11", "Kabupaten Keerom", "91" },
                    { "91.15", "Kabupaten Waropen", "91" },
                    { "91.19", "Kabupaten Supiori", "91" },
                    { "91.20", "Kabupaten Mamberamo Raya", "91" },
                    { "91.71", "Kota Jayapura", "91" },
                    { "92.02", "Kabupaten Manokwari", "92" },
                    { "92.03", "Kabupaten Fak Fak", "92" },
                    { "92.06", "Kabupaten Teluk Bintuni", "92" },
                    { "92.07", "Kabupaten Teluk Wondama", "92" },
                    { "92.08", "Kabupaten Kaimana", "92" },
                    { "92.11", "Kabupaten Manokwari Selatan", "92" },
                    { "92.12", "Kabupaten Pegunungan Arfak", "92" },
                    { "93.01", "Kabupaten Merauke", "93" },
                    { "93.02", "Kabupaten Boven Digoel", "93" },
                    { "93.03", "Kabupaten Mappi", "93" },
                    { "93.04", "Kabupaten Asmat", "93" },
                    { "94.01", "Kabupaten Nabire", "94" },
                    { "94.02", "Kabupaten Puncak Jaya", "94" },
                    { "94.03", "Kabupaten Paniai", "94" },
                    { "94.04", "Kabupaten Mimika", "94" },
                    { "94.05", "Kabupaten Puncak", "94" },
                    { "94.06", "Kabupaten Dogiyai", "94" },
                    { "94.07", "Kabupaten Intan Jaya", "94" },
                    { "94.08", "Kabupaten Deiyai", "94" },
                    { "95.01", "Kabupaten Jayawijaya", "95" },
                    { "95.02", "Kabupaten Pegunungan Bintang", "95" },
                    { "95.03", "Kabupaten Yahukimo", "95" },
                    { "95.04", "Kabupaten Tolikara", "95" },
                    { "95.05", "Kabupaten Mamberamo Tengah", "95" },
                    { "95.06", "Kabupaten Yalimo", "95" },
                    { "95.07", "Kabupaten Lanny Jaya", "95" },
                    { "95.08", "Kabupaten Nduga", "95" },
                    { "96.01", "Kabupaten Sorong", "96" },
                    { "96.02", "Kabupaten Sorong Selatan", "96" },
                    { "96.03", "Kabupaten Raja Ampat", "96" },
                    { "96.04", "Kabupaten Tambrauw", "96" },
                    { "96.05", "Kabupaten Maybrat", "96" },
                    { "96.71", "Kota Sorong", "96" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_classroom_day_id",
                table: "attendance",
                column: "classroom_day_id");

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
                name: "ix_enterprises_nib",
                table: "enterprises",
                column: "nib",
                unique: true,
                filter: "nib IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_partner_id_name",
                table: "enterprises",
                columns: new[] { "partner_id", "name" });

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
                name: "ix_trainer_certifications_module_number",
                table: "trainer_certifications",
                column: "module_number");

            migrationBuilder.CreateIndex(
                name: "ix_trainer_certifications_trainer_profile_id_module_number",
                table: "trainer_certifications",
                columns: new[] { "trainer_profile_id", "module_number" },
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance");

            migrationBuilder.DropTable(
                name: "checklist_answers");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "import_batches");

            migrationBuilder.DropTable(
                name: "improvement_actions");

            migrationBuilder.DropTable(
                name: "kpi_values");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "trainer_certifications");

            migrationBuilder.DropTable(
                name: "training_co_trainers");

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
                name: "participants");

            migrationBuilder.DropTable(
                name: "checklist_items");

            migrationBuilder.DropTable(
                name: "consultations");

            migrationBuilder.DropTable(
                name: "kpis");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "enterprise_people");

            migrationBuilder.DropTable(
                name: "enrolments");

            migrationBuilder.DropTable(
                name: "enterprises");

            migrationBuilder.DropTable(
                name: "trainings");

            migrationBuilder.DropTable(
                name: "regencies");

            migrationBuilder.DropTable(
                name: "modules");

            migrationBuilder.DropTable(
                name: "trainers");

            migrationBuilder.DropTable(
                name: "variants");

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
