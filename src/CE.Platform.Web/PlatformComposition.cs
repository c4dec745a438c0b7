using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accommodations;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Admin;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Assessments.ItemAnalysis;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Dashboard;
using CE.Platform.Web.Features.Learning;
using CE.Platform.Web.Features.Lti;
using CE.Platform.Web.Features.Provisioning;
using CE.Platform.Web.Features.Scorm;
using CE.Platform.Web.Features.SingleSignOn;
using CE.Platform.Web.Infrastructure.Email;
using CE.Platform.Web.Infrastructure.Health;
using CE.Platform.Web.Infrastructure.Jobs;
using CE.Platform.Web.Infrastructure.Mvc;

namespace CE.Platform.Web;

/// <summary>The platform's table of contents: one registration per feature or concern, shared by the web host and the benchmark tool.</summary>
public static class PlatformComposition
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddDatabase();
        services.AddPlatformWeb(configuration);
        services.AddEmail(configuration);
        services.AddJobs(configuration);
        services.AddHealth();
        services.AddAccounts(configuration);
        services.AddSingleSignOn(configuration);
        services.AddProvisioning();
        services.AddLti(configuration);
        services.AddContent();
        services.AddLearning();
        services.AddAssessments();
        services.AddItemAnalysis(configuration);
        services.AddCertificates(configuration);
        services.AddAssignments(configuration);
        services.AddDashboard();
        services.AddAccommodations();
        services.AddScorm();
        services.AddAdmin();
        return services;
    }
}
