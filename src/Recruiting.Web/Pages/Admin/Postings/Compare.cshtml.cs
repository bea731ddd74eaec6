using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>A posting and its translation side by side, each with whether it is behind the other.</summary>
[Authorize(Policy = Roles.CanAuthor)]
public sealed class CompareModel(RecruitingDb db) : PageModel
{
    public IReadOnlyList<Posting> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var posting = await db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (posting is null) return NotFound();
        var pair = await db.Postings.AsNoTracking()
            .Where(p => p.TranslationKey == posting.TranslationKey && p.TrashedAt == null && p.Language != posting.Language)
            .OrderByDescending(p => p.ContentChangedAt).FirstOrDefaultAsync(ct);
        Versions = new[] { posting, pair }.OfType<Posting>().OrderBy(p => p.Language).ToList();
        return Page();
    }

    public TranslationState StateOf(Posting p)
    {
        var other = Versions.FirstOrDefault(o => o.Id != p.Id);
        return TranslationStatus.Of(p, other is null ? null : new Counterpart(other.Id, other.Language, other.Title, other.ContentChangedAt));
    }
}
