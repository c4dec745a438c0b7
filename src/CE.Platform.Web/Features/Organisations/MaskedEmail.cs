namespace CE.Platform.Web.Features.Organisations;

/// <summary>An address shown to someone who may not own it: enough to recognise, not to read (a***@h***.org).</summary>
public static class MaskedEmail
{
    public static string Of(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0)
        {
            return "***";
        }

        var domain = email[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        var maskedDomain = dot > 0 ? $"{domain[0]}***{domain[dot..]}" : "***";
        return $"{email[0]}***@{maskedDomain}";
    }
}
