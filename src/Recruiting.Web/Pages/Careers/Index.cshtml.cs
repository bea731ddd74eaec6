using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Rendering;
using Recruiting.Core.Workflow;
using Recruiting.Web.Api.Content;
using Recruiting.Web.Localization;
using Recruiting.Web.Public;
using Recruiting.Web.Public.Rendered;

namespace Recruiting.Web.Pages.Careers;

/// <summary>
/// The careers index of one language: its editable introduction, a search form (GET, so it works without JavaScript and
/// its results can be linked) and the open postings that match, newest first, as cards with their key facts.
/// </summary>
public sealed class IndexModel(PublicPostingReader reader, IOptions<PublicSiteOptions> options, SiteAddress address, BodyRenderer renderer, IStringLocalizer<PublicTexts> L) : PageModel
{
    /// <summary>The query-string names of the search form; the page cache varies by them (see PublicPageCache).</summary>
    public static readonly string[] QueryKeys = ["q", "location", "remote", "type", "department", "page"];

    public string Language { get; private set; } = Languages.English;
    public string Heading { get; private set; } = "";
    public string? IntroHtml { get; private set; }
    public PostingList Postings { get; private set; } = null!;
    public CareersQuery Query { get; private set; } = CareersQuery.All;
    public CareersFacets Facets { get; private set; } = CareersFacets.None;
    public JobFactsText Facts => new(L, Language);

    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = "page")] string? pageNumber, [FromQuery(Name = "q")] string? text, [FromQuery(Name = "location")] string? location,
        [FromQuery(Name = "remote")] string? remote, [FromQuery(Name = "type")] string? type, [FromQuery(Name = "department")] string? department,
        CancellationToken ct)
    {
        Language = PublicLanguage.OfPath(Request.Path) ?? Languages.English;
        var number = int.TryParse(pageNumber, out var n) && n > 0 ? n : 1;
        Query = new CareersQuery(Blank(text) is { Length: > CareersQuery.MaxTextLength } longText ? longText[..CareersQuery.MaxTextLength] : Blank(text), Blank(location), remote is "true" or "on" or "1", Blank(type), Blank(department));
        var site = options.Value;
        Postings = await reader.SearchOpenAsync(Language, Query, number, Math.Clamp(site.PageSize, 1, 500), ct);
        if (number > Postings.Pages) return NotFound();
        Facets = await reader.FacetsAsync(Language, ct);

        var intro = await reader.IntroAsync(Language, ct);
        Heading = intro is { Title.Length: > 0 } ? intro.Title : L.In(Language, "Careers");
        IntroHtml = intro is { BodyMarkdown.Length: > 0 } ? renderer.Render(intro.BodyMarkdown) : null;

        var path = PostingUrls.Index(Language);
        if (Query.IsEmpty) RenderedPageCapture.Listing(HttpContext, RenderedPageAddress.IndexPage(Language, number));
        var other = Languages.Other(Language);
        var title = Query.IsEmpty
            ? number > 1 ? L.In(Language, "Open positions, page {0}", number) : Heading
            : number > 1 ? L.In(Language, "{0}, page {1}", ResultCount, number) : ResultCount;
        ViewData[PublicHead.Key] = new PublicHead(Language, title)
        {
            Description = L.In(Language, "Open positions and how to apply."),
            // A search is a view of the index, not a page of its own for search engines.
            Canonical = address.Absolute(Query.IsEmpty && number > 1 ? $"{path}?page={number}" : path),
            NoIndex = !Query.IsEmpty,
            Alternates = [new(Language, address.Absolute(path)), new(other, address.Absolute(PostingUrls.Index(other)))],
            Toggle = PublicLanguage.OtherIndex(Language),
        };
        return Page();
    }

    /// <summary>"3 positions match your search." in the page's language.</summary>
    public string ResultCount => Postings.Total switch
    {
        0 => L.In(Language, "No position matches your search."),
        1 => L.In(Language, "1 position matches your search."),
        var total => L.In(Language, "{0} positions match your search.", total),
    };

    /// <summary>This search at another page: the same filters in the query string, `page` left out for page 1.</summary>
    public string PageLink(int number)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (Query.Text is { } q) query.Add(new("q", q));
        if (Query.Location is { } location) query.Add(new("location", location));
        if (Query.RemoteOnly) query.Add(new("remote", "true"));
        if (Query.EmploymentType is { } type) query.Add(new("type", type));
        if (Query.Department is { } department) query.Add(new("department", department));
        if (number > 1) query.Add(new("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return PostingUrls.Index(Language) + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }

    /// <summary>An employment type in words ("Full-time" / "Temps plein"); one that means no schema.org value as written.</summary>
    public string EmploymentTypeText(string type) => Facts.EmploymentType(type) ?? type;

    /// <summary>A query value, trimmed, without characters no posting holds (PostgreSQL refuses a NUL in a parameter); null when blank.</summary>
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : XmlChars.Strip(value).Trim() is { Length: > 0 } v ? v : null;
}
