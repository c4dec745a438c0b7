using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CE.Platform.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class MemberNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MemberName",
                table: "Memberships",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true,
                collation: "und-x-icu");

            // Existing members get their account's name; saves keep it current from here on (MemberNames).
            migrationBuilder.Sql("""
                UPDATE "Memberships" SET "MemberName" = (SELECT u."FullName" FROM "AspNetUsers" u WHERE u."Id" = "Memberships"."UserId")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_OrganisationId_MemberName_UserId",
                table: "Memberships",
                columns: new[] { "OrganisationId", "MemberName", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_OrganisationId_UnitId",
                table: "Memberships",
                columns: new[] { "OrganisationId", "UnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Memberships_OrganisationId_MemberName_UserId",
                table: "Memberships");

            migrationBuilder.DropIndex(
                name: "IX_Memberships_OrganisationId_UnitId",
                table: "Memberships");

            migrationBuilder.DropColumn(
                name: "MemberName",
                table: "Memberships");
        }
    }
}
