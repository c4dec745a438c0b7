using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Assessments.ItemAnalysis;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Lti;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure.RateLimiting;
using Hangfire;

namespace CE.Platform.Web.Infrastructure.Jobs;

/// <summary>Every recurring job of the platform, scheduled in one place (times are UTC).</summary>
public sealed class RecurringJobs(IRecurringJobManager manager)
{
    public void Register()
    {
        manager.AddOrUpdate<UnconfirmedAccountCleanupJob>(
            UnconfirmedAccountCleanupJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Daily(3));
        manager.AddOrUpdate<ExpiredAttemptsJob>(
            ExpiredAttemptsJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *");
        manager.AddOrUpdate<AssignmentReminderJob>(
            AssignmentReminderJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Daily(7));
        manager.AddOrUpdate<UnsentCertificateEmailSweep>(
            UnsentCertificateEmailSweep.RecurringJobId, job => job.RunAsync(CancellationToken.None), "*/15 * * * *");
        manager.AddOrUpdate<ExpiredExportsCleanupJob>(
            ExpiredExportsCleanupJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Daily(3, 30));
        manager.AddOrUpdate<ItemAnalysisJob>(
            ItemAnalysisJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Daily(2));
        manager.AddOrUpdate<LtiScoreJob>(
            LtiScoreJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        manager.AddOrUpdate<ComplianceCellTransitionJob>(
            ComplianceCellTransitionJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        manager.AddOrUpdate<ComplianceCellRepairJob>(
            ComplianceCellRepairJob.RecurringJobId, job => job.RunAsync(null, null, CancellationToken.None), Cron.Daily(4));
        manager.AddOrUpdate<ExpiredRateLimitWindowsJob>(
            ExpiredRateLimitWindowsJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Hourly(17));
    }
}
