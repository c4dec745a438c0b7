using System.Text.Json;
using System.Text.Json.Serialization;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>What a certificate's signature covers: the facts it prints.</summary>
public sealed record CertificateClaims(
    [property: JsonPropertyName("iss")] string Issuer,
    [property: JsonPropertyName("sub")] string Number,
    [property: JsonPropertyName("name")] string LearnerName,
    [property: JsonPropertyName("credential")] string? Credential,
    [property: JsonPropertyName("module")] string ModuleTitle,
    [property: JsonPropertyName("course")] string CourseTitle,
    [property: JsonPropertyName("credit")] decimal Credit,
    [property: JsonPropertyName("creditType")] string CreditType,
    [property: JsonPropertyName("completed")] string CompletedOn,
    [property: JsonPropertyName("contentVersion")] string ContentVersion,
    [property: JsonPropertyName("iat")] long IssuedAt)
{
    public static CertificateClaims From(Certificate certificate, string issuer) => new(
        issuer, certificate.Number, certificate.LearnerName, certificate.Credential, certificate.ModuleTitle, certificate.CourseTitle,
        certificate.CreditHours, certificate.CreditTypeName, certificate.CompletedAtUtc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        certificate.ContentVersion, new DateTimeOffset(certificate.IssuedAtUtc).ToUnixTimeSeconds());

    public static CertificateClaims? From(JsonDocument payload) => payload.Deserialize<CertificateClaims>();
}
