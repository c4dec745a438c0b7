using PdfSharp.Drawing;

namespace CE.Platform.Web.Features.Certificates.Pdf;

/// <summary>A gold rosette seal with a star, drawn from vector shapes so it stays sharp in print.</summary>
public static class SealPainter
{
    private const int Scallops = 30;
    private const int StarPoints = 5;

    public static void Draw(XGraphics gfx, Box box, XColor gold)
    {
        var centre = new XPoint(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        var radius = Math.Min(box.Width, box.Height) / 2;
        var goldBrush = new XSolidBrush(gold);
        var scallop = radius * 0.11;
        for (var i = 0; i < Scallops; i++)
        {
            var at = Around(centre, radius - scallop, 2 * Math.PI * i / Scallops);
            gfx.DrawEllipse(goldBrush, at.X - scallop, at.Y - scallop, 2 * scallop, 2 * scallop);
        }

        var disc = radius - scallop;
        gfx.DrawEllipse(goldBrush, centre.X - disc, centre.Y - disc, 2 * disc, 2 * disc);
        var ring = disc * 0.82;
        gfx.DrawEllipse(new XPen(XColors.White, 0.9), centre.X - ring, centre.Y - ring, 2 * ring, 2 * ring);
        gfx.DrawPolygon(XBrushes.White, Star(centre, ring * 0.62, ring * 0.26), XFillMode.Winding);
    }

    private static XPoint[] Star(XPoint centre, double outer, double inner) =>
        Enumerable.Range(0, 2 * StarPoints)
            .Select(i => Around(centre, i % 2 == 0 ? outer : inner, (Math.PI * i / StarPoints) - (Math.PI / 2)))
            .ToArray();

    private static XPoint Around(XPoint centre, double distance, double angle) =>
        new(centre.X + (distance * Math.Cos(angle)), centre.Y + (distance * Math.Sin(angle)));
}
