namespace CE.Platform.Web.Features.Content;

/// <summary>
/// Where the course files are: <c>Courses:Folder</c> when set (relative to the app's folder),
/// else the nearest <c>courses/</c> folder at or above the app's folder — the repository's when
/// run with <c>dotnet run</c>, the image's own in a container.
/// </summary>
public sealed class CoursesFolder(IConfiguration configuration, IHostEnvironment environment)
{
    public string Path
    {
        get
        {
            var root = environment.ContentRootPath;
            if (configuration["Courses:Folder"] is { Length: > 0 } configured)
            {
                return System.IO.Path.GetFullPath(System.IO.Path.Combine(root, configured));
            }

            for (var folder = new DirectoryInfo(root); folder is not null; folder = folder.Parent)
            {
                var candidate = System.IO.Path.Combine(folder.FullName, "courses");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return System.IO.Path.Combine(root, "courses");
        }
    }
}
