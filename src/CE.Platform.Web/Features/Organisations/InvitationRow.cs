using System.ComponentModel.DataAnnotations;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>One person to invite: from the single form or one line of an uploaded CSV.</summary>
public sealed record InvitationRow(int Line, string Name, string Email, string? Unit);

/// <summary>A line of an uploaded CSV that could not be used, and why.</summary>
public sealed record RowProblem(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}

/// <summary>Parses "name,email[,unit]" CSV (a header line is optional); every bad row is reported with its line.</summary>
public static class InvitationCsv
{
    private static readonly EmailAddressAttribute EmailCheck = new();

    public static (IReadOnlyList<InvitationRow> Rows, IReadOnlyList<RowProblem> Problems) Parse(string text)
    {
        var rows = new List<InvitationRow>();
        var problems = new List<RowProblem>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var fields = SplitCsvLine(lines[i]);
            if (fields.All(string.IsNullOrWhiteSpace) || (i == 0 && fields.Count > 1 && fields[1].Trim().Equals("email", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var name = fields.ElementAtOrDefault(0)?.Trim() ?? "";
            var email = fields.ElementAtOrDefault(1)?.Trim() ?? "";
            var unit = fields.ElementAtOrDefault(2)?.Trim();
            var problem = fields.Count > 3 ? "too many columns; use name,email[,unit]"
                : name.Length is < 2 or > 120 ? "the name must be 2 to 120 characters"
                : !EmailCheck.IsValid(email) || email.Length > 256 ? $"'{email}' is not an email address"
                : unit is { Length: > 120 } ? "the unit name is longer than 120 characters"
                : !seen.Add(email) ? $"{email} appears earlier in the file"
                : null;
            if (problem is null)
            {
                rows.Add(new InvitationRow(number, name, email, string.IsNullOrWhiteSpace(unit) ? null : unit));
            }
            else
            {
                problems.Add(new RowProblem(number, problem));
            }
        }

        return (rows, problems);
    }

    // Quoted fields ("Smith, Jr.") may hold commas; "" inside quotes is a quote.
    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
