using Microsoft.Extensions.Options;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Workflow;
using Recruiting.Web.Api.Content;
using Microsoft.Extensions.Localization;
using Recruiting.Web.Public;

namespace Recruiting.Web.Pages.Careers;

/// <summary>A posting's public page: /en/careers/{slug} and /fr/carrieres/{slug}.</summary>
public sealed class PostingModel(PublicPostingReader reader, IOptions<PublicSiteOptions> options, SiteAddress address, TimeProvider clock,
    IStringLocalizer<PublicTexts> text, PageTypeSet pageTypes) : PageModel
{
    public PublicPosting Posting { get; private set; } = null!;
    public bool IsOpen { get; private set; }
    public string? ApplyUrl { get; private set; }
    public string IndexPath { get; private set; } = "";
    public string PostingPath { get; private set; } = "";
    public JobFactsText Facts { get; private set; } = null!;
    /// <summary>No visible translation: the page says so in both languages, and the toggle goes to the other index.</summary>
    public bool InOneLanguage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var language = PublicLanguage.OfPath(Request.Path) ?? Languages.English;
        var posting = await reader.FindAsync(language, slug, ct);
        if (posting is null) return NotFound();

        var site = options.Value;
        Posting = posting;
        Facts = new JobFactsText(text, language);
        InOneLanguage = posting.Translation is null;
        IndexPath = PostingUrls.Index(language);
        PostingPath = PostingUrls.Canonical(language, posting.Slug);
        var now = clock.GetUtcNow();
        IsOpen = posting.Status == PostingStatus.Published && !(posting.Content.ClosingAt <= now);
        if (IsOpen) PublicPageCache.ExpireNoLaterThan(HttpContext, posting.Content.ClosingAt, now);
        ApplyUrl = IsOpen ? ApplyLink.For(site.ApplyUrlTemplate, posting.Content.LeverId) : null;

        var canonical = address.Absolute(PostingUrls.Canonical(language, posting.Slug));
        var other = Languages.Other(language);
        var translation = posting.Translation is { } t ? PostingUrls.Canonical(t.Language, t.Slug) : null;
        ViewData[PublicHead.Key] = new PublicHead(language, posting.Content.Title)
        {
            Description = posting.Content.Description,
            Canonical = canonical,
            Alternates = translation is null ? [] : [new(language, canonical), new(other, address.Absolute(translation))],
            Toggle = translation is null ? PublicLanguage.OtherIndex(language) : new(other, translation),
            NoIndex = !IsOpen,
            JsonLd = IsOpen ? JobPostingJsonLd.Build(posting, canonical, site, pageTypes.JobPosting) : null,
        };
        return Page();
    }
}
