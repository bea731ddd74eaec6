using System.Xml;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Workflow;
using Recruiting.Web.Api.Content;

namespace Recruiting.Web.Public;

/// <summary>/sitemap.xml: both careers indexes and every open posting, with its translation as hreflang alternate.</summary>
public static class SitemapEndpoint
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public static async Task<IResult> HandleAsync(HttpContext http, PublicPostingReader reader, SiteAddress site, CancellationToken ct)
    {
        Rendered.RenderedPageCapture.Listing(http, Rendered.RenderedPageAddress.Sitemap);
        var open = await reader.LinksAsync(reader.Open.OrderBy(p => p.PublishedLanguage).ThenByDescending(p => p.FirstPublishedAt), ct);

        return XmlDocumentResult.Create("application/xml", xml =>
        {
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            var indexes = Languages.All.Select(l => new LanguageLink(l, site.Absolute(PostingUrls.Index(l)))).ToList();
            foreach (var index in indexes) WriteUrl(xml, index.Href, null, indexes);
            foreach (var (p, translation) in open)
            {
                var self = new LanguageLink(p.Language, site.Absolute(PostingUrls.Canonical(p.Language, p.Slug)));
                // Only open postings are listed (archived ones are noindex), so an archived translation is no alternate.
                var alternates = translation is { Status: PostingStatus.Published } other
                    ? new[] { self, new LanguageLink(other.Language, site.Absolute(PostingUrls.Canonical(other.Language, other.Slug))) }
                    : [];
                WriteUrl(xml, self.Href, p.PublishedAt, alternates);
            }
            xml.WriteEndElement();
        });
    }

    private static void WriteUrl(XmlWriter xml, string loc, DateTimeOffset? modified, IReadOnlyList<LanguageLink> alternates)
    {
        xml.WriteStartElement("url", SitemapNs);
        xml.WriteElementString("loc", SitemapNs, loc);
        if (modified is { } at) xml.WriteElementString("lastmod", SitemapNs, at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        foreach (var alternate in alternates)
        {
            xml.WriteStartElement("xhtml", "link", XhtmlNs);
            xml.WriteAttributeString("rel", "alternate");
            xml.WriteAttributeString("hreflang", alternate.Language);
            xml.WriteAttributeString("href", alternate.Href);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

}
