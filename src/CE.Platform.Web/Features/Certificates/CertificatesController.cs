using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Certificates.Pdf;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Certificates;

/// <summary>A learner's certificates and transcript. Someone else's certificate number answers 404.</summary>
[Authorize]
public sealed class CertificatesController(
    CertificateQueries certificates, CertificateDocuments documents, CertificatePdfCache pdfs, TranscriptQuery transcripts, ITranscriptRenderer transcriptRenderer) : Controller
{
    [HttpGet("/certificates")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await certificates.OfLearnerAsync(UserId, cancellationToken));

    [HttpGet("/certificates/{number:length(17)}")]
    public async Task<IActionResult> Details(string number, CancellationToken cancellationToken) =>
        await certificates.ForDownloadAsync(number, UserId, User.IsInRole(Roles.Admin), cancellationToken) is { } certificate
            ? View(certificate)
            : NotFound();

    [HttpGet("/certificates/{number}.pdf")]
    public async Task<IActionResult> Pdf(string number, CancellationToken cancellationToken) =>
        await certificates.ForDownloadAsync(number, UserId, User.IsInRole(Roles.Admin), cancellationToken) is { } certificate
            ? File(pdfs.Get(certificate, () => documents.For(certificate)), "application/pdf", $"{certificate.Number}.pdf")
            : NotFound();

    [HttpGet("/certificates/{number}.jws")]
    public async Task<IActionResult> SignedRecord(string number, CancellationToken cancellationToken) =>
        await certificates.ForDownloadAsync(number, UserId, User.IsInRole(Roles.Admin), cancellationToken) is { } certificate
            ? File(System.Text.Encoding.ASCII.GetBytes(certificate.SignedRecord), "application/jose", $"{certificate.Number}.jws")
            : NotFound();

    [HttpGet("/transcript")]
    public async Task<IActionResult> Transcript(CancellationToken cancellationToken) => View(await transcripts.ForAsync(UserId, cancellationToken));

    [HttpGet("/transcript.csv")]
    public async Task<IActionResult> TranscriptCsv(CancellationToken cancellationToken) =>
        File(TranscriptQuery.ToCsv(await transcripts.ForAsync(UserId, cancellationToken)).ToBytes(), "text/csv", "transcript.csv");

    [HttpGet("/transcript.pdf")]
    public async Task<IActionResult> TranscriptPdf(CancellationToken cancellationToken) =>
        File(transcriptRenderer.Render(documents.For(await transcripts.ForAsync(UserId, cancellationToken))), "application/pdf", "transcript.pdf");

    private string UserId => User.Id();
}
