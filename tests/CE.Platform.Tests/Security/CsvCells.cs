using System.Text;

namespace CE.Platform.Tests.Security;

/// <summary>The cells of a CSV file as a spreadsheet reads them (RFC 4180 quoting).</summary>
public static class CsvCells
{
    public static IEnumerable<string> Read(string csv) => Rows(csv).SelectMany(row => row);

    public static IEnumerable<IReadOnlyList<string>> Rows(string csv)
    {
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                if (c == '\n')
                {
                    yield return row;
                    row = [];
                }
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            yield return row;
        }
    }

    /// <summary>A spreadsheet evaluates a cell that starts with one of these (OWASP "CSV injection").</summary>
    public static bool StartsAFormula(string cell) => cell.TrimStart('\uFEFF').Length > 0 && "=+-@\t\r".Contains(cell.TrimStart('\uFEFF')[0], StringComparison.Ordinal);
}
