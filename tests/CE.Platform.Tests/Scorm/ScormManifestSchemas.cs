using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace CE.Platform.Tests.Scorm;

/// <summary>Validates a package's imsmanifest.xml against the schema files the same package carries, nothing fetched.</summary>
public static class ScormManifestSchemas
{
    public static List<string> Problems(Dictionary<string, byte[]> package)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new PackageResolver(package) };
        // ims_xml.xsd binds the reserved xml namespace as its default, which .NET's reader refuses; its two attributes are declared here instead.
        schemas.Add(XmlNamespaceSchema());
        foreach (var (name, content) in package.Where(f => f.Key.EndsWith(".xsd", StringComparison.Ordinal) && !DeclaresXmlNamespace(f.Value)))
        {
            using var reader = XmlReader.Create(new MemoryStream(content), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }, $"package:///{name}");
            schemas.Add(XmlSchema.Read(reader, null)!);
        }

        var problems = new List<string>();
        schemas.ValidationEventHandler += (_, e) => problems.Add($"schema {e.Severity}: {e.Message}");
        schemas.Compile();
        var manifest = XDocument.Load(new MemoryStream(package["imsmanifest.xml"]));
        manifest.Validate(schemas, (_, e) => problems.Add($"{e.Severity}: {e.Message}"));
        return problems;
    }

    private static XmlSchema XmlNamespaceSchema()
    {
        var schema = new XmlSchema { TargetNamespace = XNamespace.Xml.NamespaceName };
        schema.Items.Add(new XmlSchemaAttribute { Name = "base", SchemaTypeName = new XmlQualifiedName("anyURI", XmlSchema.Namespace) });
        schema.Items.Add(new XmlSchemaAttribute { Name = "lang", SchemaTypeName = new XmlQualifiedName("language", XmlSchema.Namespace) });
        return schema;
    }

    private static bool DeclaresXmlNamespace(byte[] schema) =>
        System.Text.Encoding.UTF8.GetString(schema).Contains($"targetNamespace=\"{XNamespace.Xml.NamespaceName}\"", StringComparison.Ordinal);

    // Resolves an xsd's schemaLocation to a file of the package; anything else (a web address) is not fetched.
    private sealed class PackageResolver(Dictionary<string, byte[]> package) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            absoluteUri.Scheme == "package" && package.TryGetValue(absoluteUri.AbsolutePath.TrimStart('/'), out var content) && !DeclaresXmlNamespace(content)
                ? new MemoryStream(content)
                : null;
    }
}
