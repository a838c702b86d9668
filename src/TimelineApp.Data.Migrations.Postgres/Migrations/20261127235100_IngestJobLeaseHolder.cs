using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TimelineApp.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IngestJobLeaseHolder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LeaseHolder",
                table: "IngestJobs",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LeaseHolder",
                table: "IngestJobs");
        }
    }
}
