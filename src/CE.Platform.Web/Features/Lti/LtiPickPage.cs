namespace CE.Platform.Web.Features.Lti;

/// <summary>The deep-linking page: the protected request travels in the form; the catalog is read by the view's model builder.</summary>
public sealed record LtiPickPage(string Request, bool AcceptsMultiple, string? Problem)
{
    public IReadOnlyList<Catalog.CatalogCourse> Courses { get; init; } = [];
}
