namespace CE.Platform.Web.Features.Certificates.Pdf;

public interface ITranscriptRenderer
{
    /// <summary>The transcript as a portrait PDF of as many pages as its entries need.</summary>
    byte[] Render(TranscriptDocument document);
}
