using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Certificates;

namespace CE.Platform.Tests.Reliability;

/// <summary>Starts the site on a restored database and checks it serves what was backed up.</summary>
internal static class RestoredSite
{
    public static async Task AssertShowsAsync(TestDatabase restored, Certificate certificate, string email)
    {
        await using var site = new CePlatformFactory(restored);
        using var client = new AppClient(site.CreateClient(new() { AllowAutoRedirect = false }));
        using var verified = await client.GetAsync($"/verify/{certificate.VerificationToken}");
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Contains(certificate.Number, await verified.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var signedIn = await AccountSteps.SignInAsync(client, email);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }
}
