using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CE.Platform.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SharedRateLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RateLimitWindows",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartedAtUnixMs = table.Column<long>(type: "bigint", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateLimitWindows", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RateLimitWindows_StartedAtUnixMs",
                table: "RateLimitWindows",
                column: "StartedAtUnixMs");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RateLimitWindows");
        }
    }
}
