using CE.Platform.Web.Features.Content.Definitions;

namespace CE.Platform.Web.Features.Content.Parsing;

/// <summary>Reads course.yaml: the course's texts, its credit types and the order of its module files.</summary>
internal static class CourseFileParser
{
    private static readonly string[] Keys = ["id", "title", "description", "provider_statement", "credit_types", "modules"];
    private static readonly string[] CreditTypeKeys = ["id", "name", "unit", "statement"];

    public sealed record Result(string? Id, string? Title, string? Description, string? ProviderStatement,
        IReadOnlyList<CreditTypeDefinition> CreditTypes, IReadOnlyList<(string File, int Line)> ModuleFiles);

    public static Result? Parse(string text, ContentFile file)
    {
        if (YamlDocuments.LoadMapping(text, file) is not { } root)
        {
            return null;
        }

        var fields = new YamlFields(root, file, "course.yaml", Keys);
        var creditTypes = new List<CreditTypeDefinition>();
        foreach (var item in fields.Items("credit_types", "a credit type", CreditTypeKeys))
        {
            var id = Slugs.Checked(item.String("id"), file, item.LineOf("id"), "credit type id");
            var (name, unit, statement) = (item.String("name"), item.String("unit"), item.String("statement"));
            if (creditTypes.Any(c => c.Id == id))
            {
                file.Report(item.LineOf("id"), $"duplicate credit type id '{id}'");
            }
            else if (id is not null && name is not null && unit is not null && statement is not null)
            {
                creditTypes.Add(new CreditTypeDefinition(id, name, unit, statement));
            }
        }

        return new Result(
            Slugs.Checked(fields.String("id"), file, fields.LineOf("id"), "course id"),
            fields.String("title"),
            fields.String("description"),
            fields.String("provider_statement"),
            creditTypes,
            fields.Strings("modules") ?? []);
    }
}
