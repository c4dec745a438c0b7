using System.Globalization;
using System.Text;

namespace CE.Platform.Web.Infrastructure.Csv;

/// <summary>
/// RFC 4180 CSV for exports opened in spreadsheets. Cells that a spreadsheet would run as a
/// formula (=, +, -, @, tab, CR) are prefixed with an apostrophe (OWASP CSV injection).
/// </summary>
public sealed class CsvDocument
{
    private readonly StringBuilder text = new();

    public CsvDocument Row(params object?[] cells)
    {
        text.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        return this;
    }

    public override string ToString() => text.ToString();

    /// <summary>UTF-8 with a byte-order mark, so spreadsheet programs read accents correctly.</summary>
    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];

    private static string Cell(object? value)
    {
        var cell = value switch
        {
            null => "",
            decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
            double d => d.ToString("0.##", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (value is string && cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal))
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }
}
