using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TimelineApp.Data.Migrations.Postgres
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

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Evidence_Trigram",
                table: "Events",
                column: "Evidence")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Title_Trigram",
                table: "Events",
                column: "Title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

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
                name: "IX_Events_Evidence_Trigram",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_Title_Trigram",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_EventCountries_CountryCode_EventId",
                table: "EventCountries");

            migrationBuilder.DropIndex(
                name: "IX_EventActors_ActorId_EventId",
                table: "EventActors");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

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
