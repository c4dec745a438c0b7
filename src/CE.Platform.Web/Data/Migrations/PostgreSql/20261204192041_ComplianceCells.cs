using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CE.Platform.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ComplianceCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ComplianceCells",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ModuleId = table.Column<int>(type: "integer", nullable: false),
                    OpenDue = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenOpensAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastDoneAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastReadingAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ChangesAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceCells", x => new { x.OrganisationId, x.UserId, x.ModuleId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceCells_ChangesAtUtc",
                table: "ComplianceCells",
                column: "ChangesAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceCells_OrganisationId_Status",
                table: "ComplianceCells",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceCells_UserId",
                table: "ComplianceCells",
                column: "UserId");

            migrationBuilder.Sql(CE.Platform.Web.Features.Assignments.ComplianceCellsBackfill.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComplianceCells");
        }
    }
}
