using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;

namespace Recruiting.Web.Public;

/// <summary>
/// schema.org JobPosting for an open posting, as Google's job posting guidance describes it. The default
/// encoder escapes &lt; &gt; &amp; as \u003C…, so the JSON can never close its script element.
/// </summary>
public static class JobPostingJsonLd
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static string Build(PublicPosting posting, string canonicalUrl, PublicSiteOptions site)
    {
        var content = posting.Content;
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "JobPosting",
            ["title"] = content.Title,
            ["description"] = posting.Html,
            ["datePosted"] = IsoDate(posting.FirstPublishedAt ?? posting.PublishedAt),
            ["url"] = canonicalUrl,
        };
        // Never a placeholder: without Site:Organization:Name the posting names no organization (the start-up log says so).
        var organization = site.Organization.Name.Trim();
        if (organization.Length > 0) json["hiringOrganization"] = Organization(site.Organization);
        if (content.ClosingAt is { } closing) json["validThrough"] = closing.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        if (EmploymentTypes.SchemaValue(content.EmploymentType) is { } employmentType) json["employmentType"] = employmentType;
        if (!string.IsNullOrWhiteSpace(content.LeverId))
        {
            var identifier = new JsonObject { ["@type"] = "PropertyValue" };
            if (organization.Length > 0) identifier["name"] = organization;
            identifier["value"] = content.LeverId.Trim();
            json["identifier"] = identifier;
        }
        if (site.Remote is { Country.Length: > 0 } remote)
        {
            json["jobLocationType"] = "TELECOMMUTE";
            json["applicantLocationRequirements"] = new JsonObject { ["@type"] = "Country", ["name"] = remote.Country };
        }
        return json.ToJsonString(Options);
    }

    private static JsonObject Organization(OrganizationOptions org)
    {
        var json = new JsonObject { ["@type"] = "Organization", ["name"] = org.Name.Trim() };
        if (!string.IsNullOrWhiteSpace(org.SameAs)) json["sameAs"] = org.SameAs;
        if (!string.IsNullOrWhiteSpace(org.Logo)) json["logo"] = org.Logo;
        return json;
    }

    private static string? IsoDate(DateTimeOffset? at) => at?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
}
