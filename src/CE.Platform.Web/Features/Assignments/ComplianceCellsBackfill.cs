namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// Fills <see cref="ComplianceCell"/> from existing data when the table is created (both providers run
/// the same SQL): the inputs, grouped as <see cref="ComplianceCellStatuses.Inputs"/> groups them. The
/// stored status is left NotAssigned with <c>ChangesAtUtc</c> in the past, so it is due for working out;
/// the matrix works the status out from the inputs at read time, so it is exact from the first request.
/// </summary>
public static class ComplianceCellsBackfill
{
    public const string Sql = """
        INSERT INTO "ComplianceCells" ("OrganisationId", "UserId", "ModuleId", "OpenDue", "OpenOpensAtUtc", "LastDoneAtUtc", "LastReadingAtUtc", "Status", "ChangesAtUtc")
        SELECT l."OrganisationId", l."UserId", l."ModuleId",
            MIN(CASE WHEN l."CompletedAtUtc" IS NULL THEN l."DueDate" END),
            MIN(CASE WHEN l."CompletedAtUtc" IS NULL THEN l."OpensAtUtc" END),
            MAX(l."CompletedAtUtc"),
            MAX(CASE WHEN p."LastActivityAtUtc" >= m."JoinedAtUtc" THEN p."LastActivityAtUtc" END),
            0, MIN(l."OpensAtUtc")
        FROM "LearnerAssignments" l
        LEFT JOIN "ModuleProgress" p ON p."UserId" = l."UserId" AND p."ModuleId" = l."ModuleId"
        LEFT JOIN "Memberships" m ON m."OrganisationId" = l."OrganisationId" AND m."UserId" = l."UserId"
        GROUP BY l."OrganisationId", l."UserId", l."ModuleId"
        """;
}
