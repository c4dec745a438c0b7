using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CE.Platform.Web.Data.Migrations.PostgreSql
{
    /// <summary>
    /// Every change to a learner's progress row or its sections, whoever makes it (the app, a job, a
    /// command-line tool, SQL typed by hand), sends <c>NOTIFY ce_progress, 'userId:moduleId'</c> when it
    /// commits; a TRUNCATE sends '*'. Each instance's ProgressChangeListener evicts its kept copy.
    /// PostgreSQL delivers a payload once per transaction however many rows repeat it.
    /// </summary>
    public partial class ProgressChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION ce_notify_progress_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        PERFORM pg_notify('ce_progress', OLD."UserId" || ':' || OLD."ModuleId");
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        PERFORM pg_notify('ce_progress', NEW."UserId" || ':' || NEW."ModuleId");
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION ce_notify_section_read_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- A section removed with its progress row finds no row here; the row's own trigger notified.
                    PERFORM pg_notify('ce_progress', p."UserId" || ':' || p."ModuleId")
                    FROM "ModuleProgress" p
                    WHERE p."Id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."ModuleProgressId" ELSE NEW."ModuleProgressId" END;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION ce_notify_progress_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('ce_progress', '*');
                    RETURN NULL;
                END $$;

                CREATE TRIGGER ce_progress_changed AFTER INSERT OR UPDATE OR DELETE ON "ModuleProgress"
                    FOR EACH ROW EXECUTE FUNCTION ce_notify_progress_change();
                CREATE TRIGGER ce_progress_truncated AFTER TRUNCATE ON "ModuleProgress"
                    FOR EACH STATEMENT EXECUTE FUNCTION ce_notify_progress_truncate();
                CREATE TRIGGER ce_section_read_changed AFTER INSERT OR UPDATE OR DELETE ON "SectionsRead"
                    FOR EACH ROW EXECUTE FUNCTION ce_notify_section_read_change();
                CREATE TRIGGER ce_section_read_truncated AFTER TRUNCATE ON "SectionsRead"
                    FOR EACH STATEMENT EXECUTE FUNCTION ce_notify_progress_truncate();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER ce_section_read_truncated ON "SectionsRead";
                DROP TRIGGER ce_section_read_changed ON "SectionsRead";
                DROP TRIGGER ce_progress_truncated ON "ModuleProgress";
                DROP TRIGGER ce_progress_changed ON "ModuleProgress";
                DROP FUNCTION ce_notify_progress_truncate();
                DROP FUNCTION ce_notify_section_read_change();
                DROP FUNCTION ce_notify_progress_change();
                """);
        }
    }
}
