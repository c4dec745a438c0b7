using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CE.Platform.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LtiTool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LtiRegistrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeploymentIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TokenUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    JwksUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FrameOrigins = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    LinkExistingAccountsByEmail = table.Column<bool>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LtiRegistrations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LtiToolKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Modulus = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Exponent = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RetiredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiToolKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LtiLoginStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    State = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiLoginStates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LtiLoginStates_LtiRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "LtiRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LtiResourceLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeploymentId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ResourceLinkId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContextId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    ContextTitle = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ModuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgsLineItemUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AgsLineItemsUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AgsScopes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NrpsMembershipsUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LastLaunchAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiResourceLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LtiResourceLinks_LtiRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "LtiRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LtiResourceLinks_Modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "Modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LtiLoginStates_ExpiresAtUtc",
                table: "LtiLoginStates",
                column: "ExpiresAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_LtiLoginStates_Nonce",
                table: "LtiLoginStates",
                column: "Nonce",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LtiLoginStates_RegistrationId",
                table: "LtiLoginStates",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_LtiLoginStates_State",
                table: "LtiLoginStates",
                column: "State",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LtiRegistrations_Issuer_ClientId",
                table: "LtiRegistrations",
                columns: new[] { "Issuer", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LtiRegistrations_OrganisationId",
                table: "LtiRegistrations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_LtiResourceLinks_ModuleId",
                table: "LtiResourceLinks",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_LtiResourceLinks_RegistrationId_DeploymentId_ResourceLinkId",
                table: "LtiResourceLinks",
                columns: new[] { "RegistrationId", "DeploymentId", "ResourceLinkId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LtiToolKeys_KeyId",
                table: "LtiToolKeys",
                column: "KeyId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LtiLoginStates");

            migrationBuilder.DropTable(
                name: "LtiResourceLinks");

            migrationBuilder.DropTable(
                name: "LtiToolKeys");

            migrationBuilder.DropTable(
                name: "LtiRegistrations");
        }
    }
}
