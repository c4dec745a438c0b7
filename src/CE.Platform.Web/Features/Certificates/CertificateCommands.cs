using System.Text.Json;
using CE.Platform.Web.Features.Certificates.Signing;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>
/// <c>certificates verify &lt;record.jws&gt; --keys &lt;jwks.json&gt;</c>: checks a certificate's signed
/// record offline, with a saved copy of the site's published keys; needs no database.
/// </summary>
public static class CertificateCommands
{
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration)
    {
        if (args.ElementAtOrDefault(1) != "verify" || args.ElementAtOrDefault(2) is not { } recordPath || configuration["keys"] is not { } keysPath)
        {
            await Console.Error.WriteLineAsync("Usage: certificates verify <record.jws> --keys <jwks.json>");
            return 64;
        }

        if (await ReadAsync(recordPath) is not { } record || await ReadAsync(keysPath) is not { } keysJson)
        {
            return 1;
        }

        IReadOnlyList<PublicJwk> keys;
        try
        {
            keys = JsonSerializer.Deserialize<JsonWebKeySet>(keysJson)?.Keys ?? [];
        }
        catch (JsonException e)
        {
            await Console.Error.WriteLineAsync($"{Path.GetFullPath(keysPath)} is not a JSON Web Key Set: {e.Message}");
            return 1;
        }

        using var payload = CompactJws.Verify(record, keys);
        if (payload is null || CertificateClaims.From(payload) is not { } claims)
        {
            await Console.Error.WriteLineAsync("The signature does NOT verify with these keys: do not accept this record.");
            return 1;
        }

        Console.WriteLine($"Signature verifies. Certificate {claims.Number}: {claims.LearnerName}, {claims.ModuleTitle}, {claims.Credit:0.00} {claims.CreditType}, completed {claims.CompletedOn}, issued by {claims.Issuer}.");
        Console.WriteLine("Revocation is not part of the signature: check the verification link for the current status.");
        return 0;
    }

    // A relative path is taken from the directory the command was typed in; the message names the full path.
    private static async Task<string?> ReadAsync(string path)
    {
        try
        {
            return await File.ReadAllTextAsync(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"Cannot read {Path.GetFullPath(path)}: {e.Message}");
            return null;
        }
    }
}
