using CE.Platform.Web.Features.Accommodations;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Assessments.ItemAnalysis;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Certificates.Signing;
using CE.Platform.Web.Features.Content.Entities;
using CE.Platform.Web.Features.Learning;
using CE.Platform.Web.Features.Lti;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Features.Provisioning;
using CE.Platform.Web.Features.Scorm;
using CE.Platform.Web.Features.SingleSignOn;
using CE.Platform.Web.Infrastructure.Audit;
using CE.Platform.Web.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Data;

/// <summary>
/// The one database of the platform: Identity, Data Protection keys and every feature's tables.
/// Each provider has a thin subclass with its own migrations; add a migration to both:
/// <c>dotnet ef migrations add Name --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite</c>
/// and the same with <c>PostgreSqlAppDbContext</c> and <c>Data/Migrations/PostgreSql</c>.
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The collation that sorts people's names the way a reader expects (case and accents aside).</summary>
    public abstract string NameCollation { get; }

    public DbSet<Course> Courses => Set<Course>();
    public DbSet<Module> Modules => Set<Module>();
    public DbSet<ModuleVersion> ModuleVersions => Set<ModuleVersion>();
    public DbSet<ContentImportRun> ContentImportRuns => Set<ContentImportRun>();
    public DbSet<ContentAsset> ContentAssets => Set<ContentAsset>();
    public DbSet<ModuleProgress> ModuleProgress => Set<ModuleProgress>();
    public DbSet<SectionRead> SectionsRead => Set<SectionRead>();
    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();
    public DbSet<Completion> Completions => Set<Completion>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationUnit> OrganisationUnits => Set<OrganisationUnit>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<MembershipInvitation> MembershipInvitations => Set<MembershipInvitation>();
    public DbSet<MembershipShare> MembershipShares => Set<MembershipShare>();
    public DbSet<FormerMembership> FormerMemberships => Set<FormerMembership>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<LearnerAssignment> LearnerAssignments => Set<LearnerAssignment>();
    public DbSet<ComplianceCell> ComplianceCells => Set<ComplianceCell>();
    public DbSet<ComplianceTotal> ComplianceTotals => Set<ComplianceTotal>();
    public DbSet<Features.Dashboard.DashboardSnapshot> DashboardSnapshots => Set<Features.Dashboard.DashboardSnapshot>();
    public DbSet<BulkOperation> BulkOperations => Set<BulkOperation>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<ExportFile> ExportFiles => Set<ExportFile>();
    public DbSet<Accommodation> Accommodations => Set<Accommodation>();
    public DbSet<StoredItemAnalysis> ItemAnalyses => Set<StoredItemAnalysis>();
    public DbSet<SsoConnection> SsoConnections => Set<SsoConnection>();
    public DbSet<SsoDomain> SsoDomains => Set<SsoDomain>();
    public DbSet<RateLimitWindow> RateLimitWindows => Set<RateLimitWindow>();
    public DbSet<ScimToken> ScimTokens => Set<ScimToken>();
    public DbSet<ScimUser> ScimUsers => Set<ScimUser>();
    public DbSet<LtiRegistration> LtiRegistrations => Set<LtiRegistration>();
    public DbSet<LtiLoginState> LtiLoginStates => Set<LtiLoginState>();
    public DbSet<LtiToolKey> LtiToolKeys => Set<LtiToolKey>();
    public DbSet<LtiResourceLink> LtiResourceLinks => Set<LtiResourceLink>();
    public DbSet<LtiScorePost> LtiScorePosts => Set<LtiScorePost>();
    public DbSet<ScormDispatch> ScormDispatches => Set<ScormDispatch>();
    public DbSet<ScormRegistration> ScormRegistrations => Set<ScormRegistration>();
    public DbSet<ScormLaunch> ScormLaunches => Set<ScormLaunch>();

    /// <summary>
    /// Every save that changes a learner's cycles, readings or memberships, or an account's name, updates
    /// the rows kept from them in the same transaction (<see cref="KeptRowsSaving"/>):
    /// here, rather than at each write path, so a new write path cannot forget it.
    /// </summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        KeptRowsSaving.SaveAsync(this, acceptAllChangesOnSuccess, (accept, token) => base.SaveChangesAsync(accept, token), cancellationToken);

    /// <summary>The clock that stamps the kept status of compliance cells (the app's clock, so tests can move it).</summary>
    public TimeProvider CellClock { get; set; } = TimeProvider.System;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        // The collation the people lists sort by, so ORDER BY reads the index (Memberships.MemberName).
        builder.Entity<Membership>().Property(m => m.MemberName).HasMaxLength(ProfileLimits.FullName).UseCollation(NameCollation);
    }
}
