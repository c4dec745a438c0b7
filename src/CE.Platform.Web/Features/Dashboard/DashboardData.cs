namespace CE.Platform.Web.Features.Dashboard;

/// <summary>One week of the completion timeline: cycles due by its end and completed by its end (null for weeks still to come).</summary>
public sealed record TimelinePoint(DateOnly Week, int DueByThen, int? CompletedByThen);

/// <summary>A unit's assigned cells and how many of them are overdue, as the matrix counts them.</summary>
public sealed record UnitOverdue(string Unit, int Assigned, int Overdue)
{
    public double Share => Assigned == 0 ? 0 : (double)Overdue / Assigned;
}

/// <summary>Cycles due in one week of the coming 90 days, split by whether they are already completed.</summary>
public sealed record RenewalWeek(DateOnly WeekStart, int Completed, int NotYet)
{
    public int Total => Completed + NotYet;
}

public sealed record DashboardModule(int Id, string Title);

/// <summary>Everything the dashboard page shows; <see cref="ModuleId"/> null means all modules together.</summary>
public sealed record DashboardReport(IReadOnlyList<DashboardModule> Modules, int? ModuleId, DashboardHistory History, IReadOnlyList<UnitOverdue> Units)
{
    public DateOnly Today => History.Today;

    public IReadOnlyList<TimelinePoint> Timeline => History.Timeline;

    public IReadOnlyList<RenewalWeek> Renewals => History.Renewals;

    public string ModuleTitle => Modules.FirstOrDefault(m => m.Id == ModuleId)?.Title ?? "all modules";
}
