using CE.Platform.Web.Features.Accounts;
using Hangfire.Dashboard;

namespace CE.Platform.Web.Infrastructure.Jobs;

/// <summary>Replaces Hangfire's default filter, which lets any local request in: only Admins, from anywhere.</summary>
internal sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
