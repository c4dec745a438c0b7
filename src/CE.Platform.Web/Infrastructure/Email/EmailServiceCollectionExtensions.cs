using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>SMTP (MailKit) when <c>Email:Smtp:Host</c> is set, otherwise .eml files in the pickup folder.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton<PickupFolderEmailSender>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<IEmailSender>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp.Host)
            ? sp.GetRequiredService<PickupFolderEmailSender>()
            : sp.GetRequiredService<SmtpEmailSender>());
        return services;
    }
}
