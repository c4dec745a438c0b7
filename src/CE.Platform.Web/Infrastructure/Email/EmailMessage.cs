namespace CE.Platform.Web.Infrastructure.Email;

/// <summary>A plain-text email to one person.</summary>
public sealed record EmailMessage(string To, string? ToName, string Subject, string TextBody);
