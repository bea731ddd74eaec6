using Microsoft.Extensions.Options;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Workflow;
using Recruiting.Web.Api.Content;
using Microsoft.Extensions.Localization;
using Recruiting.Web.Public;
using Recruiting.Web.Public.Rendered;

namespace Recruiting.Web.Pages.Careers;

/// <summary>A posting's public page: /en/careers/{slug} and /fr/carrieres/{slug}.</summary>
public sealed class PostingModel(PublicPostingReader reader, IOptions<PublicSiteOptions> options, SiteAddress address, TimeProvider clock,
    IStringLocalizer<PublicTexts> text, PageTypeSet pageTypes) : PageModel
{
    public PostingArticle Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var language = PublicLanguage.OfPath(Request.Path) ?? Languages.English;
        var posting = await reader.FindAsync(language, slug, ct);
        if (posting is null) return NotFound();

        var site = options.Value;
        var now = clock.GetUtcNow();
        Article = PostingArticle.Of(posting.Content, posting.Html, language, posting.Slug, posting.FirstPublishedAt,
            posting.Status == PostingStatus.Published, posting.Translation is not null, now, site, text);
        if (Article.IsOpen) PublicPageCache.ExpireNoLaterThan(HttpContext, posting.Content.ClosingAt, now);
        RenderedPageCapture.Posting(HttpContext, PostingUrls.Canonical(language, posting.Slug), posting.Id, posting.Link.TranslationKey,
            Article.IsOpen ? posting.Content.ClosingAt : null);

        var canonical = address.Absolute(PostingUrls.Canonical(language, posting.Slug));
        var other = Languages.Other(language);
        var translation = posting.Translation is { } t ? PostingUrls.Canonical(t.Language, t.Slug) : null;
        ViewData[PublicHead.Key] = new PublicHead(language, posting.Content.Title)
        {
            Description = posting.Content.Description,
            Canonical = canonical,
            Alternates = translation is null ? [] : [new(language, canonical), new(other, address.Absolute(translation))],
            Toggle = translation is null ? PublicLanguage.OtherIndex(language) : new(other, translation),
            NoIndex = !Article.IsOpen,
            JsonLd = Article.IsOpen ? JobPostingJsonLd.Build(posting, canonical, site, pageTypes.JobPosting) : null,
        };
        return Page();
    }
}
