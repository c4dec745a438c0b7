using System.Reflection;

namespace CE.Platform.Web.Features.Accounts.Passwords;

/// <summary>The shipped list of common and breached passwords (see README.md beside it), read once.</summary>
public sealed class CommonPasswords
{
    private const string ResourceName = "CE.Platform.Web.Passwords.common-passwords.txt";

    private readonly HashSet<string> passwords;

    private CommonPasswords(HashSet<string> passwords) => this.passwords = passwords;

    public int Count => passwords.Count;

    public bool Contains(string password) => passwords.Contains(password.Trim());

    public static CommonPasswords Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The common-password list {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            set.Add(line);
        }

        return new CommonPasswords(set);
    }
}
