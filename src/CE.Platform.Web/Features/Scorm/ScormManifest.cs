using System.Xml.Linq;

namespace CE.Platform.Web.Features.Scorm;

/// <summary>
/// imsmanifest.xml for one SCO, the package's launch page: SCORM 1.2 (IMS CP 1.1.2 with ADL CP 1.2)
/// or SCORM 2004 4th Edition (IMS CP 1.1 with ADL CP and sequencing 1.3). Only the namespaces whose
/// schema files the package carries are declared, so the manifest validates against them.
/// </summary>
public static class ScormManifest
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static XDocument For(ScormVersion version, int dispatchId, string title)
    {
        var scorm12 = version == ScormVersion.Scorm12;
        XNamespace cp = scorm12 ? "http://www.imsproject.org/xsd/imscp_rootv1p1p2" : "http://www.imsglobal.org/xsd/imscp_v1p1";
        XNamespace adlcp = scorm12 ? "http://www.adlnet.org/xsd/adlcp_rootv1p2" : "http://www.adlnet.org/xsd/adlcp_v1p3";
        XNamespace adlseq = "http://www.adlnet.org/xsd/adlseq_v1p3";
        List<object> namespaces = [new XAttribute(XNamespace.Xmlns + "adlcp", adlcp), new XAttribute(XNamespace.Xmlns + "xsi", Xsi)];
        var locations = $"{cp} {ScormVersions.SchemaFiles(version)[0]} {adlcp} {ScormVersions.SchemaFiles(version)[1]}";
        if (!scorm12)
        {
            namespaces.Add(new XAttribute(XNamespace.Xmlns + "adlseq", adlseq));
            locations += $" {adlseq} {ScormVersions.SchemaFiles(version)[2]}";
        }

        var shortTitle = title.Length > 200 ? title[..200] : title; // IMS CP 1.1.2 titles are at most 200 characters.
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), new XElement(cp + "manifest",
            new XAttribute("identifier", $"ce-platform-dispatch-{dispatchId}"), new XAttribute("version", "1"),
            namespaces, new XAttribute(Xsi + "schemaLocation", locations),
            new XElement(cp + "metadata",
                new XElement(cp + "schema", "ADL SCORM"),
                new XElement(cp + "schemaversion", scorm12 ? "1.2" : "2004 4th Edition")),
            new XElement(cp + "organizations", new XAttribute("default", "ORG-1"),
                new XElement(cp + "organization", new XAttribute("identifier", "ORG-1"),
                    new XElement(cp + "title", shortTitle),
                    new XElement(cp + "item", new XAttribute("identifier", "ITEM-1"), new XAttribute("identifierref", "SCO-1"), new XAttribute("isvisible", "true"),
                        new XElement(cp + "title", shortTitle)))),
            new XElement(cp + "resources",
                new XElement(cp + "resource", new XAttribute("identifier", "SCO-1"), new XAttribute("type", "webcontent"),
                    new XAttribute(adlcp + (scorm12 ? "scormtype" : "scormType"), "sco"), new XAttribute("href", ScormPackage.LaunchPage),
                    new XElement(cp + "file", new XAttribute("href", ScormPackage.LaunchPage)),
                    new XElement(cp + "file", new XAttribute("href", ScormPackage.LaunchScript))))));
    }
}
