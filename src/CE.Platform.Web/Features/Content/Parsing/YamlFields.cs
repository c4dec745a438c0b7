using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace CE.Platform.Web.Features.Content.Parsing;

/// <summary>
/// Typed, line-aware reading of one YAML mapping. Unknown keys, missing required keys and values
/// of the wrong shape are reported on the file with their line; getters then return null.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode node;
    private readonly ContentFile file;
    private readonly string what;

    public YamlFields(YamlMappingNode node, ContentFile file, string what, IReadOnlyCollection<string> allowedKeys)
    {
        this.node = node;
        this.file = file;
        this.what = what;
        foreach (var key in node.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !allowedKeys.Contains(name))
            {
                file.Report(Line(key), $"unknown key '{name}' in {what} (allowed: {string.Join(", ", allowedKeys)})");
            }
        }
    }

    public ContentFile File => file;

    public int Line() => Line(node);

    public int LineOf(string key) => Find(key) is { } value ? Line(value) : Line(node);

    public string? String(string key, bool required = true)
    {
        switch (Find(key))
        {
            case null:
                return Missing(key, required);
            case YamlScalarNode { Value: { } text } when !string.IsNullOrWhiteSpace(text):
                return text.Trim();
            case YamlScalarNode:
                return Missing(key, required);
            case var other:
                file.Report(Line(other), $"'{key}' in {what} must be text");
                return null;
        }
    }

    public int? Int(string key, bool required = true, int min = 0, int max = 100_000) =>
        Number(key, required, text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null, min, max);

    public decimal? Decimal(string key, bool required = true, decimal min = 0m, decimal max = 1000m) =>
        Number(key, required, text => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null, min, max);

    public DateOnly? Date(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        file.Report(LineOf(key), $"'{key}' must be a date written yyyy-mm-dd, not '{text}'");
        return null;
    }

    /// <summary>An enum written in kebab-case (auto-submit); absent gives <paramref name="fallback"/>.</summary>
    public TEnum? Enum<TEnum>(string key, TEnum fallback) where TEnum : struct, Enum
    {
        var text = String(key, required: false);
        if (text is null)
        {
            return fallback;
        }

        if (System.Enum.TryParse<TEnum>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var value)
            && System.Enum.IsDefined(value) && !char.IsDigit(text[0]))
        {
            return value;
        }

        var names = System.Enum.GetNames<TEnum>().Select(KebabCase);
        file.Report(LineOf(key), $"'{key}' is '{text}'; use one of: {string.Join(", ", names)}");
        return null;
    }

    /// <summary>A list of text, written as a YAML sequence (or, with <paramref name="allowSingle"/>, one value).</summary>
    public IReadOnlyList<(string Text, int Line)>? Strings(string key, bool required = true, bool allowSingle = false)
    {
        switch (Find(key))
        {
            case null:
                Missing(key, required);
                return null;
            case YamlSequenceNode sequence:
                var items = new List<(string, int)>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } text })
                    {
                        items.Add((text.Trim(), Line(item)));
                    }
                    else
                    {
                        file.Report(Line(item), $"each item of '{key}' must be text");
                    }
                }

                return items;
            case YamlScalarNode { Value: { Length: > 0 } single } scalar when allowSingle:
                return [(single.Trim(), Line(scalar))];
            case var other:
                file.Report(Line(other), $"'{key}' in {what} must be a list");
                return null;
        }
    }

    public YamlMappingNode? Mapping(string key, bool required = true) => Node<YamlMappingNode>(key, required, "a mapping of keys and values");

    public YamlSequenceNode? Sequence(string key, bool required = true) => Node<YamlSequenceNode>(key, required, "a list");

    /// <summary>The items of a list of mappings, each read with <paramref name="allowedKeys"/>.</summary>
    public IEnumerable<YamlFields> Items(string key, string itemName, IReadOnlyCollection<string> allowedKeys, bool required = true)
    {
        foreach (var item in Sequence(key, required) ?? [])
        {
            if (item is YamlMappingNode mapping)
            {
                yield return new YamlFields(mapping, file, itemName, allowedKeys);
            }
            else
            {
                file.Report(Line(item), $"each item of '{key}' must be a mapping of keys and values");
            }
        }
    }

    public static int Line(YamlNode node) => (int)node.Start.Line;

    private T? Number<T>(string key, bool required, Func<string, T?> parse, T min, T max) where T : struct, IComparable<T>
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (parse(text) is { } value && value.CompareTo(min) >= 0 && value.CompareTo(max) <= 0)
        {
            return value;
        }

        file.Report(LineOf(key), $"'{key}' must be a number from {min} to {max}, not '{text}'");
        return null;
    }

    private T? Node<T>(string key, bool required, string shape) where T : YamlNode
    {
        switch (Find(key))
        {
            case null:
                Missing(key, required);
                return null;
            case T found:
                return found;
            case var other:
                file.Report(Line(other), $"'{key}' in {what} must be {shape}");
                return null;
        }
    }

    private YamlNode? Find(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private string? Missing(string key, bool required)
    {
        if (required)
        {
            file.Report(Line(node), $"missing '{key}' in {what}");
        }

        return null;
    }

    private static string KebabCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
