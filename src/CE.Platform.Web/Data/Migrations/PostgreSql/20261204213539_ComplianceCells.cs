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
                    UnitId = table.Column<int>(type: "integer", nullable: true),
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

            migrationBuilder.CreateTable(
                name: "ComplianceTotals",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    UnitKey = table.Column<int>(type: "integer", nullable: false),
                    ModuleId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceTotals", x => new { x.OrganisationId, x.UnitKey, x.ModuleId, x.Status });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceCells_ChangesAtUtc",
                table: "ComplianceCells",
                column: "ChangesAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceCells_OrganisationId_ChangesAtUtc",
                table: "ComplianceCells",
                columns: new[] { "OrganisationId", "ChangesAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceCells_UserId_ModuleId",
                table: "ComplianceCells",
                columns: new[] { "UserId", "ModuleId" });

            // The cells of existing data: their inputs, then the status and when time changes it, by the
            // rule of MatrixCellRules as it stands at this migration (NotStarted 1, InProgress 2, Overdue 3,
            // Completed 4), then the totals of the stored statuses.
            migrationBuilder.Sql("""
                INSERT INTO "ComplianceCells" ("OrganisationId", "UserId", "ModuleId", "UnitId", "OpenDue", "OpenOpensAtUtc", "LastDoneAtUtc", "LastReadingAtUtc", "Status", "ChangesAtUtc")
                SELECT l."OrganisationId", l."UserId", l."ModuleId", MAX(m."UnitId"),
                    MIN(CASE WHEN l."CompletedAtUtc" IS NULL THEN l."DueDate" END),
                    MIN(CASE WHEN l."CompletedAtUtc" IS NULL THEN l."OpensAtUtc" END),
                    MAX(l."CompletedAtUtc"),
                    MAX(CASE WHEN p."LastActivityAtUtc" >= m."JoinedAtUtc" THEN p."LastActivityAtUtc" END),
                    0, NULL
                FROM "LearnerAssignments" l
                LEFT JOIN "ModuleProgress" p ON p."UserId" = l."UserId" AND p."ModuleId" = l."ModuleId"
                JOIN "Memberships" m ON m."OrganisationId" = l."OrganisationId" AND m."UserId" = l."UserId"
                GROUP BY l."OrganisationId", l."UserId", l."ModuleId"
                """);
            migrationBuilder.Sql("""
                UPDATE "ComplianceCells" SET "Status" = CASE
                    WHEN "OpenDue" IS NULL OR ("OpenOpensAtUtc" > now() AND "LastDoneAtUtc" IS NOT NULL) THEN 4
                    WHEN "OpenDue" < (now() AT TIME ZONE 'UTC')::date THEN 3
                    WHEN "LastReadingAtUtc" >= "OpenOpensAtUtc" THEN 2
                    ELSE 1 END
                """);
            migrationBuilder.Sql("""
                UPDATE "ComplianceCells" SET "ChangesAtUtc" = CASE
                    WHEN "OpenDue" IS NULL OR "Status" = 3 THEN NULL
                    WHEN "Status" = 4 THEN "OpenOpensAtUtc"
                    ELSE ("OpenDue" + 1)::timestamp AT TIME ZONE 'UTC' END
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ComplianceTotals" ("OrganisationId", "UnitKey", "ModuleId", "Status", "Count")
                SELECT "OrganisationId", COALESCE("UnitId", 0), "ModuleId", "Status", COUNT(*)
                FROM "ComplianceCells"
                GROUP BY "OrganisationId", COALESCE("UnitId", 0), "ModuleId", "Status"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComplianceCells");

            migrationBuilder.DropTable(
                name: "ComplianceTotals");
        }
    }
}
