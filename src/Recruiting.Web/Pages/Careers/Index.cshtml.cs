using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Rendering;
using Recruiting.Core.Workflow;
using Recruiting.Web.Api.Content;
using Recruiting.Web.Localization;
using Recruiting.Web.Public;

namespace Recruiting.Web.Pages.Careers;

/// <summary>The careers index of one language: its editable introduction and the open postings, newest first.</summary>
public sealed class IndexModel(PublicPostingReader reader, IOptions<PublicSiteOptions> options, SiteAddress address, BodyRenderer renderer, IStringLocalizer<PublicTexts> L) : PageModel
{
    public string Language { get; private set; } = Languages.English;
    public string Heading { get; private set; } = "";
    public string? IntroHtml { get; private set; }
    public PostingList Postings { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Language = PublicLanguage.OfPath(Request.Path) ?? Languages.English;
        var number = int.TryParse(pageNumber, out var n) && n > 0 ? n : 1;
        var site = options.Value;
        Postings = await reader.ListOpenAsync(Language, number, Math.Clamp(site.PageSize, 1, 500), ct);
        if (number > Postings.Pages) return NotFound();

        var intro = await reader.IntroAsync(Language, ct);
        Heading = intro is { Title.Length: > 0 } ? intro.Title : L.In(Language, "Careers");
        IntroHtml = intro is { BodyMarkdown.Length: > 0 } ? renderer.Render(intro.BodyMarkdown) : null;

        var path = PostingUrls.Index(Language);
        var other = Languages.Other(Language);
        ViewData[PublicHead.Key] = new PublicHead(Language, number > 1 ? L.In(Language, "Open positions, page {0}", number) : Heading)
        {
            Description = L.In(Language, "Open positions and how to apply."),
            Canonical = address.Absolute(number > 1 ? $"{path}?page={number}" : path),
            Alternates = [new(Language, address.Absolute(path)), new(other, address.Absolute(PostingUrls.Index(other)))],
            Toggle = PublicLanguage.OtherIndex(Language),
        };
        return Page();
    }

    public string PageLink(int number) => number > 1 ? $"{PostingUrls.Index(Language)}?page={number}" : PostingUrls.Index(Language);
}
