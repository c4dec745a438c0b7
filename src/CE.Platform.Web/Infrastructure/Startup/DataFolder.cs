namespace CE.Platform.Web.Infrastructure.Startup;

/// <summary>Creates a folder the app writes to and proves it is writable, or stops start-up naming the setting.</summary>
public static class DataFolder
{
    public static void EnsureWritable(string folder, string setting)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-check-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"The folder '{folder}' ({setting}) is not writable: {e.Message}", e);
        }
    }
}
