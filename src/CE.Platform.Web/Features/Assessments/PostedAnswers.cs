namespace CE.Platform.Web.Features.Assessments;

/// <summary>Reads answers from an attempt form: one field per question, named q.{its number in the attempt}, holding option ids.</summary>
public static class PostedAnswers
{
    public const string Prefix = "q.";

    public static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> From(IFormCollection form) =>
        form.Where(field => field.Key.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(field => new KeyValuePair<string, IReadOnlyList<string>>(
                field.Key[Prefix.Length..], field.Value.Where(v => v is not null).Select(v => v!).ToList()));
}
