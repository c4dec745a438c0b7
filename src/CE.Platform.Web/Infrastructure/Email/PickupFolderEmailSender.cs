using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Infrastructure.Email;

/// <summary>Writes each message as an .eml file: the default when no SMTP server is configured.</summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider clock) : IEmailSender
{
    public string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupFolder));

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        // Write under a temporary name and rename, so a reader never sees half a message.
        var temporary = Path.Combine(Folder, name + ".tmp");
        await MimeMessageFactory.Create(message, options.Value).WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(Folder, name));
    }
}
