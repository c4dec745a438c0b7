using System.Text;

namespace CE.Platform.Testing;

/// <summary>Reads the app's console log (the default formatter: a "fail: Category[id]" line, then indented lines).</summary>
public static class ConsoleLogEntries
{
    /// <summary>Every <c>fail:</c> and <c>crit:</c> entry of <paramref name="transcript"/>, with its message and exception.</summary>
    public static string Failures(string transcript)
    {
        var found = new StringBuilder();
        var inFailure = false;
        foreach (var line in transcript.Split('\n'))
        {
            if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            {
                inFailure = true;
            }
            else if (!line.StartsWith(' '))
            {
                inFailure = false;
            }

            if (inFailure)
            {
                found.AppendLine(line.TrimEnd('\r'));
            }
        }

        return found.Length == 0 ? "(none)" : found.ToString();
    }
}
