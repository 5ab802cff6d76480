using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Score.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CalendarFeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "calendar_feed_created_at",
                table: "trainers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "calendar_feed_hash",
                table: "trainers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_trainers_calendar_feed_hash",
                table: "trainers",
                column: "calendar_feed_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_trainers_calendar_feed_hash",
                table: "trainers");

            migrationBuilder.DropColumn(
                name: "calendar_feed_created_at",
                table: "trainers");

            migrationBuilder.DropColumn(
                name: "calendar_feed_hash",
                table: "trainers");
        }
    }
}
