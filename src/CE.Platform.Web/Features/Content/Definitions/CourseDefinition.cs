namespace CE.Platform.Web.Features.Content.Definitions;

/// <summary>A course as its files describe it: course.yaml plus its modules, in order.</summary>
public sealed record CourseDefinition(
    string Id,
    string Title,
    string Description,
    string ProviderStatement,
    IReadOnlyList<CreditTypeDefinition> CreditTypes,
    IReadOnlyList<ModuleDefinition> Modules,
    string SourcePath);

/// <summary>A kind of credit the course offers, with its designation statement template.</summary>
public sealed record CreditTypeDefinition(string Id, string Name, string Unit, string Statement);
