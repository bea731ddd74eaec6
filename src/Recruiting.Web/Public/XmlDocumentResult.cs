using System.Text;
using System.Xml;

namespace Recruiting.Web.Public;

/// <summary>Writes an XML document (sitemap, feed) to memory as UTF-8 and answers it with its content type.</summary>
public static class XmlDocumentResult
{
    public static IResult Create(string contentType, Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }
        return Results.Bytes(buffer.ToArray(), contentType + "; charset=utf-8");
    }
}
