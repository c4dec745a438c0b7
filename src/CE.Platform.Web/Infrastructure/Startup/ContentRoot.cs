namespace CE.Platform.Web.Infrastructure.Startup;

/// <summary>
/// Where the app finds wwwroot, appsettings and its data/ folder, whatever directory a command is typed in:
/// the folder given with <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c> (<c>dotnet run</c> gives the
/// project folder, test hosts give theirs), else the folder holding the app's own files. The host's default
/// would be the working directory, which belongs to the user: relative paths in commands are taken from it.
/// </summary>
public static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsGiven(args) ? null : AppContext.BaseDirectory,
    };

    // The same sources, in the same order, as the host reads its own settings from.
    private static bool IsGiven(string[] args) =>
        new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey] is { Length: > 0 };
}
