namespace CE.Platform.Web.Features.Lti;

/// <summary>What a platform registration must look like before it is saved.</summary>
public static class LtiRegistrationRules
{
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The problems of the form, field name → message; empty when it may be saved.</summary>
    public static IReadOnlyList<(string Field, string Message)> ProblemsOf(LtiRegistrationForm form, bool allowHttp)
    {
        var problems = new List<(string, string)>();
        foreach (var (field, label, value) in new[]
                 {
                     (nameof(form.Issuer), "The issuer", form.Issuer), (nameof(form.AuthUrl), "The authentication URL", form.AuthUrl),
                     (nameof(form.TokenUrl), "The access token URL", form.TokenUrl), (nameof(form.JwksUrl), "The keyset URL", form.JwksUrl),
                 })
        {
            if (UrlProblem(value, allowHttp) is { } problem)
            {
                problems.Add((field, $"{label} {problem}"));
            }
        }

        foreach (var origin in (form.FrameOrigins ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (UrlProblem(origin, allowHttp) is not null || new Uri(origin).GetLeftPart(UriPartial.Authority) != origin.TrimEnd('/'))
            {
                problems.Add((nameof(form.FrameOrigins), $"{origin} is not a web origin such as https://lms.hospital.org (scheme and host only)."));
            }
        }

        var deployments = Lines(form.DeploymentIds);
        if (deployments.Count == 0)
        {
            problems.Add((nameof(form.DeploymentIds), "Enter at least one deployment ID."));
        }

        problems.AddRange(deployments.Where(d => d.Length > 255 || d.Any(char.IsControl))
            .Select(d => (nameof(form.DeploymentIds), $"The deployment ID {d[..Math.Min(d.Length, 40)]} is longer than 255 characters or has control characters.")));
        return problems;
    }

    /// <summary>The origins allowed to frame the tool's pages for this registration.</summary>
    public static string FrameAncestors(LtiRegistration registration) =>
        string.IsNullOrWhiteSpace(registration.FrameOrigins) ? new Uri(registration.Issuer).GetLeftPart(UriPartial.Authority) : registration.FrameOrigins.Trim();

    private static string? UrlProblem(string? value, bool allowHttp)
    {
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return "must be an absolute https:// URL without a fragment or user name.";
        }

        return uri.Scheme == "http" && !allowHttp ? "must use https:// (http is accepted only with Lti:AllowHttpPlatforms in development)." : null;
    }
}
