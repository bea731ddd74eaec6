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

    public static string Build(PublicPosting posting, string canonicalUrl, PublicSiteOptions site, PageType type)
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
        if (content.Locations.Count > 0)
            json["jobLocation"] = new JsonArray(content.Locations.Select(l => (JsonNode?)Place(l)).ToArray());
        // A posting's own remote country first; Site:Remote:Country marks every posting that says nothing of its own.
        var remoteCountry = content.Remote ? content.RemoteCountry?.Trim()
            : content.Locations.Count == 0 && site.Remote is { Country.Length: > 0 } remote ? remote.Country : null;
        if (!string.IsNullOrEmpty(remoteCountry))
        {
            json["jobLocationType"] = "TELECOMMUTE";
            json["applicantLocationRequirements"] = new JsonObject { ["@type"] = "Country", ["name"] = remoteCountry };
        }
        if (content.Salary is { } salary) json["baseSalary"] = BaseSalary(salary);
        // The Apply link leads to the applicant tracking system, where candidates sign in and fill in its form: not a
        // direct application on this page, as Google defines directApply.
        json["directApply"] = false;
        // A custom field that declares a schema.org property adds it, unless a core field already gave that property.
        foreach (var field in type.CustomFields.Where(f => f.JsonLd is not null && !json.ContainsKey(f.JsonLd)))
            if (content.Field(field.Name) is { } value) json[field.JsonLd!] = value;
        return json.ToJsonString(Options);
    }

    private static JsonObject Organization(OrganizationOptions org)
    {
        var json = new JsonObject { ["@type"] = "Organization", ["name"] = org.Name.Trim() };
        if (!string.IsNullOrWhiteSpace(org.SameAs)) json["sameAs"] = org.SameAs;
        if (!string.IsNullOrWhiteSpace(org.Logo)) json["logo"] = org.Logo;
        return json;
    }

    private static JsonObject Place(JobLocation location)
    {
        var address = new JsonObject { ["@type"] = "PostalAddress" };
        if (!string.IsNullOrWhiteSpace(location.City)) address["addressLocality"] = location.City.Trim();
        if (!string.IsNullOrWhiteSpace(location.Region)) address["addressRegion"] = location.Region.Trim();
        address["addressCountry"] = location.Country.Trim();
        return new JsonObject { ["@type"] = "Place", ["address"] = address };
    }

    private static JsonObject BaseSalary(SalaryRange salary)
    {
        var value = new JsonObject { ["@type"] = "QuantitativeValue" };
        if (salary.Min == salary.Max) value["value"] = salary.Min;
        else
        {
            if (salary.Min is { } min) value["minValue"] = min;
            if (salary.Max is { } max) value["maxValue"] = max;
        }
        value["unitText"] = salary.Unit;
        return new JsonObject { ["@type"] = "MonetaryAmount", ["currency"] = salary.Currency, ["value"] = value };
    }

    private static string? IsoDate(DateTimeOffset? at) => at?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
}
