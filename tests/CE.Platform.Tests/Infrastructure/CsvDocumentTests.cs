using CE.Platform.Web.Infrastructure.Csv;

namespace CE.Platform.Tests.Infrastructure;

public sealed class CsvDocumentTests
{
    [Fact]
    public void Cells_with_commas_quotes_or_line_breaks_are_quoted() =>
        Assert.Equal("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n", new CsvDocument().Row("plain", "a, b", "say \"hi\"", "two\nlines").ToString());

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"\"x\"\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_neutralised(string text, string expected) =>
        Assert.Equal(expected, new CsvDocument().Row(text).ToString().TrimEnd().Trim('"'));

    [Fact]
    public void Numbers_and_dates_are_written_the_same_in_every_culture() =>
        Assert.Equal("1.25,-3,2026-11-25 09:30\r\n", new CsvDocument().Row(1.25m, -3, new DateTime(2026, 11, 25, 9, 30, 0, DateTimeKind.Utc)).ToString());

    [Fact]
    public void The_bytes_start_with_a_utf8_byte_order_mark_so_accents_survive_spreadsheets() =>
        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'Z'], new CsvDocument().Row("Zoë").ToBytes()[..4]);
}
