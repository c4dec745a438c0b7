using CE.Platform.Web.Features.Organisations;

namespace CE.Platform.Web.Features.Assignments;

public static class AssignmentsServiceCollectionExtensions
{
    /// <summary>Organisations, their people and assignments, reminders and compliance reports.</summary>
    public static IServiceCollection AddAssignments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReminderOptions>(configuration.GetSection("Reminders"));
        services.AddScoped<OrganisationScope>();
        services.AddScoped<OrganisationPeopleQuery>();
        services.AddScoped<Invitations>();
        services.AddScoped<InvitationResponses>();
        services.AddScoped<MembershipChanges>();
        services.AddScoped<MembershipJoins>();
        services.AddScoped<InvitationUpload>();
        services.AddScoped<BulkInvitationJob>();
        services.AddScoped<AssignmentExpansion>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<AssignmentExpansionJob>();
        services.AddScoped<AssignmentListQuery>();
        services.AddScoped<ComplianceMatrixQuery>();
        services.AddScoped<ComplianceCellTransitionJob>();
        services.AddScoped<ComplianceCellRepairJob>();
        services.AddScoped<ReminderLedger>();
        services.AddScoped<AssignmentReminderJob>();
        services.AddScoped<LearnerAssignmentsQuery>();
        services.AddScoped<CertificateArchive>();
        services.AddScoped<CertificateZipJob>();
        services.AddScoped<ExpiredExportsCleanupJob>();
        return services;
    }
}
