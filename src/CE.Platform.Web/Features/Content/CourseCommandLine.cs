namespace CE.Platform.Web.Features.Content;

/// <summary>
/// <c>courses validate [--strict] [folder]</c> or <c>courses import [folder]</c>, read from the arguments;
/// null for anything else. A relative folder is taken from the current directory of the caller's shell.
/// </summary>
public sealed record CourseCommandLine(string Name, bool Strict, string? Folder)
{
    public const string Validate = "validate";
    public const string Import = "import";
    public const string StrictFlag = "--strict";

    public static CourseCommandLine? Parse(string[] args)
    {
        var name = args.ElementAtOrDefault(1);
        var rest = args.Skip(2).ToList();
        var strict = name == Validate && rest.Remove(StrictFlag);
        if (name is not (Validate or Import) || rest.Count > 1 || rest.Any(a => a.StartsWith("--", StringComparison.Ordinal)))
        {
            return null;
        }

        return new CourseCommandLine(name, strict, rest.Count == 1 ? Path.GetFullPath(rest[0]) : null);
    }
}
