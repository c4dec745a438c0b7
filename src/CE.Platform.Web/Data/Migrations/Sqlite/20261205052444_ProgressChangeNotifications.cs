using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CE.Platform.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Nothing on SQLite: it has no LISTEN/NOTIFY, so the progress cache is never used there (one process
    /// on one file, where the command-line tools write behind the web process's back). Kept so that both
    /// providers list the same migrations.
    /// </summary>
    public partial class ProgressChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
