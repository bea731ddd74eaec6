using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Rendering;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Web.Public;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>
/// The draft as the public page will show it once published: the public page's own article, layout and stylesheets,
/// under a "not published" banner, never indexed. Signed-in authors only.
/// </summary>
[Authorize(Policy = Roles.CanAuthor)]
public sealed class PreviewModel(RecruitingDb db, BodyRenderer renderer, IOptions<PublicSiteOptions> options, TimeProvider clock,
    IStringLocalizer<PublicTexts> publicText) : PageModel
{
    public Guid Id { get; private set; }
    public PostingArticle Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var posting = await db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (posting is null) return NotFound();
        Id = id;
        var draft = posting.Draft;
        var now = clock.GetUtcNow();
        // As it will be once published: its first publication stays, else it is first published now.
        var postedAt = posting.FirstPublishedAt ?? now;
        var asPublished = new PostingLink(posting.Id, posting.Language, posting.Slug, posting.TranslationKey, PostingStatus.Published,
            postedAt, now, draft.LeverId);
        var candidates = await PublicTranslations.Candidates(db, [posting.TranslationKey]).ToListAsync(ct);
        var translation = PublicTranslations.Of(asPublished, candidates.Where(c => c.Id != posting.Id));
        Article = PostingArticle.Of(draft, renderer.Render(draft.BodyMarkdown), posting.Language, posting.Slug, postedAt,
            published: true, translation is not null, now, options.Value, publicText);

        var other = Languages.Other(posting.Language);
        ViewData[PublicHead.Key] = new PublicHead(posting.Language, draft.Title)
        {
            Description = draft.Description,
            Toggle = translation is { } t ? new(other, PostingUrls.Canonical(t.Language, t.Slug)) : PublicLanguage.OtherIndex(posting.Language),
            NoIndex = true,
        };
        Response.Headers["X-Robots-Tag"] = "noindex";
        return Page();
    }
}
