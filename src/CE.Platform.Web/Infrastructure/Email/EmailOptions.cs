namespace CE.Platform.Web.Infrastructure.Email;

public sealed class EmailOptions
{
    public string FromAddress { get; set; } = "no-reply@ce-platform.local";
    public string FromName { get; set; } = "CE.Platform";

    /// <summary>Where messages are written as .eml files when no SMTP host is set (relative to the content root).</summary>
    public string PickupFolder { get; set; } = "data/mail";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>None, StartTls (default when the server offers it) or SslOnConnect.</summary>
    public string Security { get; set; } = "Auto";
}
