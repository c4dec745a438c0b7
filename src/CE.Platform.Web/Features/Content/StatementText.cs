using System.Globalization;

namespace CE.Platform.Web.Features.Content;

/// <summary>Fills the placeholders of a course's statements: {provider} and {max_credit}.</summary>
public static class StatementText
{
    public static string Fill(string template, string providerName, decimal maxCredit) => template
        .Replace("{provider}", providerName, StringComparison.Ordinal)
        .Replace("{max_credit}", maxCredit.ToString("0.##", CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
