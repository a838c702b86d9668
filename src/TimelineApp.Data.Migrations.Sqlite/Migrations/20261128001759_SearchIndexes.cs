using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TimelineApp.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EventCountries_CountryCode",
                table: "EventCountries");

            migrationBuilder.DropIndex(
                name: "IX_EventActors_ActorId",
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EventCountries_CountryCode_EventId",
                table: "EventCountries");

            migrationBuilder.DropIndex(
                name: "IX_EventActors_ActorId_EventId",
                table: "EventActors");

            migrationBuilder.CreateIndex(
                name: "IX_EventCountries_CountryCode",
                table: "EventCountries",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_EventActors_ActorId",
                table: "EventActors",
                column: "ActorId");
        }
    }
}
