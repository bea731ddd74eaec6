using Microsoft.Extensions.Localization;
using System.Xml;
using Microsoft.Extensions.Options;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Workflow;
using Recruiting.Web.Api.Content;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Public;

/// <summary>
/// /en/careers/feed.xml and /fr/carrieres/feed.xml: an Atom feed of the newest open postings. Text goes through
/// <see cref="XmlChars.Strip"/>: the save pipeline refuses characters XML cannot carry, but a row stored before that
/// rule must not make the feed fail for every posting in it.
/// </summary>
public static class AtomFeedEndpoint
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public static async Task<IResult> HandleAsync(HttpContext http, string language, PublicPostingReader reader, IOptions<PublicSiteOptions> options, SiteAddress address, IStringLocalizer<PublicTexts> L, CancellationToken ct)
    {
        Rendered.RenderedPageCapture.Listing(http, PostingUrls.Index(language) + "/feed.xml");
        var site = options.Value;
        var entries = await reader.ReadAsync(reader.Open
            .Where(p => p.PublishedLanguage == language)
            .OrderByDescending(p => p.FirstPublishedAt).ThenBy(p => p.Id)
            .Take(Math.Clamp(site.FeedSize, 1, 500)), ct);
        var index = address.Absolute(PostingUrls.Index(language));
        var author = XmlChars.Strip(site.Organization.Name is { Length: > 0 } name ? name : L.In(language, "Careers"));

        return XmlDocumentResult.Create("application/atom+xml", xml =>
        {
            xml.WriteStartElement("feed", AtomNs);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("title", AtomNs, $"{L.In(language, "Open positions")} – {author}");
            xml.WriteElementString("id", AtomNs, index + "/feed.xml");
            xml.WriteElementString("updated", AtomNs, Time(entries.Select(e => e.PublishedAt).Max() ?? DateTimeOffset.UnixEpoch));
            Link(xml, "self", index + "/feed.xml", "application/atom+xml");
            Link(xml, "alternate", index, "text/html");
            xml.WriteStartElement("author", AtomNs);
            xml.WriteElementString("name", AtomNs, author);
            xml.WriteEndElement();
            foreach (var e in entries)
            {
                var url = address.Absolute(PostingUrls.Canonical(language, e.Slug));
                xml.WriteStartElement("entry", AtomNs);
                xml.WriteElementString("title", AtomNs, XmlChars.Strip(e.Content.Title));
                xml.WriteElementString("id", AtomNs, "urn:uuid:" + e.Id);
                Link(xml, "alternate", url, "text/html");
                if (e.FirstPublishedAt is { } first) xml.WriteElementString("published", AtomNs, Time(first));
                xml.WriteElementString("updated", AtomNs, Time(e.PublishedAt ?? e.FirstPublishedAt ?? DateTimeOffset.UnixEpoch));
                xml.WriteElementString("summary", AtomNs, XmlChars.Strip(e.Content.Description));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNs);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
}
