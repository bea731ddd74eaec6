using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Web.Admin;
using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>Every revision of the careers index introduction in one language: who, when, what changed, and the text then.</summary>
[Authorize(Policy = Roles.CanPublish)]
public sealed class CareersIndexHistoryModel(RecruitingDb db, UserClock clock, PageTypeSet pageTypes) : PageModel
{
    /// <summary>The page type whose declared labels name the fields.</summary>
    public PageType Type => pageTypes.CareersIndex;
    [BindProperty(SupportsGet = true)] public string Language { get; set; } = Languages.English;
    public IReadOnlyList<ContentPageRevision> Revisions { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Languages.IsSupported(Language)) Language = Languages.English;
        Zone = await clock.ZoneAsync(ct);
        Revisions = await db.PageRevisions.AsNoTracking()
            .Join(db.Pages.Where(p => p.PageType == Type.Id && p.Language == Language), r => r.PageId, p => p.Id, (r, _) => r)
            .OrderByDescending(r => r.Number).ToListAsync(ct);
        return Page();
    }
}
