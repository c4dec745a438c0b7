using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Rendering;

namespace CE.Platform.Web.Features.Learning;

/// <summary>A learner's standing in one module version.</summary>
public sealed record LearnerProgress(ModuleStatus Status, IReadOnlySet<string> SectionsRead, int SecondsSpent)
{
    public static readonly LearnerProgress None = new(ModuleStatus.NotStarted, new HashSet<string>(), 0);

    public static LearnerProgress From(ModuleProgress? progress) => progress is null
        ? None
        : new(progress.Status, progress.SectionsRead.Select(s => s.Anchor).ToHashSet(), progress.SecondsSpent);

    public static LearnerProgress From(ProgressSnapshot? progress) => progress is null
        ? None
        : new(progress.Status, progress.SectionsRead.ToHashSet(StringComparer.Ordinal), progress.SecondsSpent);

    public int MinutesSpent => SecondsSpent / 60;
}

public sealed record ModuleOverview(string Slug, ModuleVersionCache.Entry Version, LearnerProgress Progress, string ProviderName)
{
    /// <summary>The learner's attempts and completion; set on the module page.</summary>
    public AssessmentSummary? Assessment { get; init; }

    /// <summary>Where the module's pages are: /modules, or /lti/modules inside an LMS.</summary>
    public string PathBase { get; init; } = "/modules";

    /// <summary>The first section not yet read, or the first section.</summary>
    public RenderedSection NextSection =>
        Version.Rendered.Sections.FirstOrDefault(s => !Progress.SectionsRead.Contains(s.Anchor)) ?? Version.Rendered.Sections[0];
}

public sealed record SectionPage(string Slug, ModuleVersionCache.Entry Version, int Index, LearnerProgress Progress)
{
    /// <summary>Where the module's pages are: /modules, or /lti/modules inside an LMS.</summary>
    public string PathBase { get; init; } = "/modules";

    public RenderedSection Section => Version.Rendered.Sections[Index];
    public RenderedSection? Previous => Index > 0 ? Version.Rendered.Sections[Index - 1] : null;
    public RenderedSection? Next => Index + 1 < Version.Rendered.Sections.Count ? Version.Rendered.Sections[Index + 1] : null;
}
