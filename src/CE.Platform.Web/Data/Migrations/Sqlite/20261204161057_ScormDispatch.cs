using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CE.Platform.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScormDispatch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Channel",
                table: "Completions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ScormDispatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ModuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SeatLimit = table.Column<int>(type: "INTEGER", nullable: false),
                    SeatsUsed = table.Column<int>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScormDispatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScormDispatches_Modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "Modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScormDispatches_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScormRegistrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DispatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    LearnerKey = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScormRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScormRegistrations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScormRegistrations_ScormDispatches_DispatchId",
                        column: x => x.DispatchId,
                        principalTable: "ScormDispatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScormLaunches",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BindingHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScormLaunches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScormLaunches_ScormRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "ScormRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScormDispatches_ModuleId",
                table: "ScormDispatches",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_ScormDispatches_OrganisationId",
                table: "ScormDispatches",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ScormLaunches_RegistrationId",
                table: "ScormLaunches",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_ScormRegistrations_DispatchId_LearnerKey",
                table: "ScormRegistrations",
                columns: new[] { "DispatchId", "LearnerKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScormRegistrations_UserId",
                table: "ScormRegistrations",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScormLaunches");

            migrationBuilder.DropTable(
                name: "ScormRegistrations");

            migrationBuilder.DropTable(
                name: "ScormDispatches");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "Completions");
        }
    }
}
