using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace CE.Platform.Web.Features.Certificates.Signing;

/// <summary>A public signing key as a JSON Web Key (RFC 7517), as published at /.well-known/jwks.json.</summary>
public sealed record PublicJwk(
    [property: JsonPropertyName("kty")] string Kty,
    [property: JsonPropertyName("crv")] string Crv,
    [property: JsonPropertyName("x")] string X,
    [property: JsonPropertyName("y")] string Y,
    [property: JsonPropertyName("kid")] string Kid,
    [property: JsonPropertyName("use")] string Use,
    [property: JsonPropertyName("alg")] string Alg)
{
    public static PublicJwk From(SigningKey key) => new("EC", "P-256", key.PublicX, key.PublicY, key.KeyId, "sig", "ES256");

    public ECDsa ToECDsa() => ECDsa.Create(new ECParameters
    {
        Curve = ECCurve.NamedCurves.nistP256,
        Q = new ECPoint { X = WebEncoders.Base64UrlDecode(X), Y = WebEncoders.Base64UrlDecode(Y) },
    });
}

public sealed record JsonWebKeySet([property: JsonPropertyName("keys")] IReadOnlyList<PublicJwk> Keys);
