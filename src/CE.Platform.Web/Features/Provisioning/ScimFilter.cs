namespace CE.Platform.Web.Features.Provisioning;

/// <summary>An attribute path: <c>userName</c>, <c>name.givenName</c>, or <c>emails[type eq "work"].value</c> (the value filter kept as attribute and value).</summary>
public sealed record ScimPath(string Attribute, string? SubAttribute = null, string? FilterAttribute = null, string? FilterValue = null)
{
    /// <summary>The path in one canonical spelling (lower case), for matching against the attributes this service knows.</summary>
    public string Key => (Attribute + (FilterAttribute is null ? "" : $"[{FilterAttribute} eq \"{FilterValue}\"]") + (SubAttribute is null ? "" : "." + SubAttribute)).ToLowerInvariant();

    public override string ToString() => Key;
}

/// <summary>One <c>path eq value</c> comparison; <see cref="Value"/> is the string form (true/false/null as written).</summary>
public sealed record ScimComparison(ScimPath Path, string? Value);

/// <summary>
/// The subset of RFC 7644 §3.4.2.2 filters that identity providers send: <c>eq</c> comparisons joined by
/// <c>and</c>, on simple, sub-attribute and value-filtered paths. Every other operator, and anything not
/// well formed, is an invalidFilter error naming what was wrong.
/// </summary>
public sealed record ScimFilter(IReadOnlyList<ScimComparison> Comparisons)
{
    private static readonly string[] Unsupported = ["ne", "co", "sw", "ew", "gt", "ge", "lt", "le", "pr"];

    public static ScimFilter Parse(string text)
    {
        var reader = new ScimFilterReader(text);
        List<ScimComparison> comparisons = [Comparison(reader)];
        while (!reader.AtEnd)
        {
            var word = reader.Word();
            if (!word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                throw ScimException.InvalidFilter(word.Equals("or", StringComparison.OrdinalIgnoreCase)
                    ? "'or' is not supported; this service filters with eq comparisons joined by 'and'."
                    : $"Expected 'and' at position {reader.Position}, found '{word}'.");
            }

            comparisons.Add(Comparison(reader));
        }

        return new ScimFilter(comparisons);
    }

    /// <summary>Parses a PATCH path (RFC 7644 §3.5.2): an attribute path, optionally with a value filter, like <c>members[value eq "id"]</c>.</summary>
    public static ScimPath ParsePath(string text)
    {
        try
        {
            var reader = new ScimFilterReader(text);
            var path = PathOf(reader);
            return reader.AtEnd ? path : throw ScimException.InvalidPath(text);
        }
        catch (ScimException e) when (e.ScimType == "invalidFilter")
        {
            throw ScimException.InvalidPath(text);
        }
    }

    private static ScimComparison Comparison(ScimFilterReader reader)
    {
        var path = PathOf(reader);
        Operator(reader);
        return new ScimComparison(path, reader.Value());
    }

    private static ScimPath PathOf(ScimFilterReader reader)
    {
        var attribute = reader.Name();
        string? filterAttribute = null, filterValue = null;
        if (reader.TryTake('['))
        {
            filterAttribute = reader.Name();
            Operator(reader);
            filterValue = reader.Value();
            reader.Expect(']');
        }

        var sub = reader.TryTake('.') ? reader.Name() : null;
        // A name with a dot inside (name.givenName) comes back whole from Name(); split it the same way.
        var dot = sub is null ? attribute.LastIndexOf('.') : -1;
        return dot > 0 && !attribute.StartsWith("urn:", StringComparison.OrdinalIgnoreCase)
            ? new ScimPath(attribute[..dot], attribute[(dot + 1)..], filterAttribute, filterValue)
            : new ScimPath(attribute, sub, filterAttribute, filterValue);
    }

    private static void Operator(ScimFilterReader reader)
    {
        var op = reader.Word();
        if (op.Equals("eq", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        throw ScimException.InvalidFilter(Unsupported.Contains(op.ToLowerInvariant())
            ? $"The operator '{op}' is not supported; this service filters with eq."
            : $"Expected an operator at position {reader.Position}, found '{op}'.");
    }
}
