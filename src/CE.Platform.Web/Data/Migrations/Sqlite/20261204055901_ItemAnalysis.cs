using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CE.Platform.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ItemAnalysis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnswerTimesJson",
                table: "QuizAttempts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ItemAnalysisReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ModuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AttemptsCounted = table.Column<int>(type: "INTEGER", nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemAnalysisReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItemAnalysisReports_Modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "Modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ItemAnalysisReports_ModuleId_Scope",
                table: "ItemAnalysisReports",
                columns: new[] { "ModuleId", "Scope" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ItemAnalysisReports");

            migrationBuilder.DropColumn(
                name: "AnswerTimesJson",
                table: "QuizAttempts");
        }
    }
}
