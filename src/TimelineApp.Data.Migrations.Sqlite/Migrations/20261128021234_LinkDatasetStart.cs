using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TimelineApp.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LinkDatasetStart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EventCountries_CountryCode_EventId",
                table: "EventCountries");

            migrationBuilder.DropIndex(
                name: "IX_EventActors_ActorId_EventId",
                table: "EventActors");

            migrationBuilder.AddColumn<Guid>(
                name: "DatasetId",
                table: "EventCountries",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<long>(
                name: "Start",
                table: "EventCountries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "DatasetId",
                table: "EventActors",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<long>(
                name: "Start",
                table: "EventActors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Added by hand: existing links get their event's dataset and start (before the indexes are built).
            migrationBuilder.Sql("""
                UPDATE "EventActors" SET ("DatasetId", "Start") = (SELECT e."DatasetId", e."Start" FROM "Events" AS e WHERE e."Id" = "EventActors"."EventId");
                UPDATE "EventCountries" SET ("DatasetId", "Start") = (SELECT e."DatasetId", e."Start" FROM "Events" AS e WHERE e."Id" = "EventCountries"."EventId");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_EventCountries_DatasetId_CountryCode_Start_EventId",
                table: "EventCountries",
                columns: new[] { "DatasetId", "CountryCode", "Start", "EventId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventActors_DatasetId_ActorId_Start_EventId",
                table: "EventActors",
                columns: new[] { "DatasetId", "ActorId", "Start", "EventId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EventCountries_DatasetId_CountryCode_Start_EventId",
                table: "EventCountries");

            migrationBuilder.DropIndex(
                name: "IX_EventActors_DatasetId_ActorId_Start_EventId",
                table: "EventActors");

            migrationBuilder.DropColumn(
                name: "DatasetId",
                table: "EventCountries");

            migrationBuilder.DropColumn(
                name: "Start",
                table: "EventCountries");

            migrationBuilder.DropColumn(
                name: "DatasetId",
                table: "EventActors");

            migrationBuilder.DropColumn(
                name: "Start",
                table: "EventActors");

            migrationBuilder.CreateIndex(
                name: "IX_EventCountries_CountryCode_EventId",
                table: "EventCountries",
                columns: new[] { "CountryCode", "EventId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventActors_ActorId_EventId",
                table: "EventActors",
                columns: new[] { "ActorId", "EventId" });
        }
    }
}
