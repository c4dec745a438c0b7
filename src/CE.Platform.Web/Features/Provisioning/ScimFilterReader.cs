using System.Text;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>Reads the tokens of a SCIM filter: attribute names, words, JSON-style string literals and the brackets.</summary>
internal sealed class ScimFilterReader(string text)
{
    private int position;

    public int Position => position;

    public bool AtEnd
    {
        get
        {
            SkipSpaces();
            return position >= text.Length;
        }
    }

    /// <summary>An attribute name: letters, digits, '_', '-', '$', ':' and '.' (a schema URN prefix contains ':' and '.').</summary>
    public string Name()
    {
        SkipSpaces();
        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '_' or '-' or '$' or ':' || (text[position] == '.' && position > start)))
        {
            position++;
        }

        if (position == start || !char.IsAsciiLetter(text[start]))
        {
            throw ScimException.InvalidFilter($"Expected an attribute name at position {start}.");
        }

        return text[start..position].TrimEnd('.');
    }

    public string Word()
    {
        SkipSpaces();
        var start = position;
        while (position < text.Length && char.IsAsciiLetter(text[position]))
        {
            position++;
        }

        return position == start ? throw ScimException.InvalidFilter($"Expected a word at position {start}.") : text[start..position];
    }

    /// <summary>A comparison value: a double-quoted string (JSON escapes), or true, false, null or a number, returned as written.</summary>
    public string? Value()
    {
        SkipSpaces();
        if (position < text.Length && text[position] == '"')
        {
            return QuotedString();
        }

        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '.' or '-' or '+'))
        {
            position++;
        }

        var literal = text[start..position];
        return literal switch
        {
            "null" => null,
            "true" or "false" => literal,
            _ when double.TryParse(literal, System.Globalization.CultureInfo.InvariantCulture, out _) => literal,
            _ => throw ScimException.InvalidFilter($"Expected a value at position {start}: a quoted string, true, false, null or a number."),
        };
    }

    public bool TryTake(char c)
    {
        if (position < text.Length && text[position] == c)
        {
            position++;
            return true;
        }

        return false;
    }

    public void Expect(char c)
    {
        SkipSpaces();
        if (!TryTake(c))
        {
            throw ScimException.InvalidFilter($"Expected '{c}' at position {position}.");
        }
    }

    private string QuotedString()
    {
        var value = new StringBuilder();
        for (position++; position < text.Length; position++)
        {
            var c = text[position];
            if (c == '"')
            {
                position++;
                return value.ToString();
            }

            if (c == '\\' && position + 1 < text.Length)
            {
                position++;
                value.Append(text[position] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', var other => other });
                continue;
            }

            value.Append(c);
        }

        throw ScimException.InvalidFilter("A string value is not closed with '\"'.");
    }

    private void SkipSpaces()
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }
    }
}
