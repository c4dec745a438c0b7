using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CE.Platform.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LtiScores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LtiResourceLinkId",
                table: "Completions",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LtiScorePosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompletionId = table.Column<int>(type: "integer", nullable: false),
                    ResourceLinkId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastHttpStatus = table.Column<int>(type: "integer", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiScorePosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LtiScorePosts_Completions_CompletionId",
                        column: x => x.CompletionId,
                        principalTable: "Completions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LtiScorePosts_LtiResourceLinks_ResourceLinkId",
                        column: x => x.ResourceLinkId,
                        principalTable: "LtiResourceLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LtiScorePosts_CompletionId",
                table: "LtiScorePosts",
                column: "CompletionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LtiScorePosts_ResourceLinkId",
                table: "LtiScorePosts",
                column: "ResourceLinkId");

            migrationBuilder.CreateIndex(
                name: "IX_LtiScorePosts_Status_NextAttemptAtUtc",
                table: "LtiScorePosts",
                columns: new[] { "Status", "NextAttemptAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LtiScorePosts");

            migrationBuilder.DropColumn(
                name: "LtiResourceLinkId",
                table: "Completions");
        }
    }
}
