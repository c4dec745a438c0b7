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

        var keys = JsonSerializer.Deserialize<JsonWebKeySet>(await File.ReadAllTextAsync(keysPath))?.Keys ?? [];
        using var payload = CompactJws.Verify(await File.ReadAllTextAsync(recordPath), keys);
        if (payload is null || CertificateClaims.From(payload) is not { } claims)
        {
            await Console.Error.WriteLineAsync("The signature does NOT verify with these keys: do not accept this record.");
            return 1;
        }

        Console.WriteLine($"Signature verifies. Certificate {claims.Number}: {claims.LearnerName}, {claims.ModuleTitle}, {claims.Credit:0.00} {claims.CreditType}, completed {claims.CompletedOn}, issued by {claims.Issuer}.");
        Console.WriteLine("Revocation is not part of the signature: check the verification link for the current status.");
        return 0;
    }
}
