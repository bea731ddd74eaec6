using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;
using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>
/// The confirmation step of archive, unpublish and trash when the browser runs no script: the editor's button posts
/// without <c>confirmed</c>, the handler sends the user here, and this page's form posts the same action confirmed, with
/// the version the user had (a change made since is a conflict, as in the editor).
/// </summary>
[Authorize(Policy = Roles.CanPublish)]
public sealed class ConfirmModel(RecruitingDb db) : PageModel
{
    public ConfirmActionView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, BulkAction act, int version, CancellationToken ct)
    {
        if (!ConfirmedActions.AsksFirst(act)) return NotFound();
        var posting = await db.Postings.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Title, p.Slug, p.Language }).SingleOrDefaultAsync(ct);
        if (posting is null) return NotFound();
        View = new ConfirmActionView(act, id, PostingName.Of(posting.Title, posting.Slug), posting.Language, version, InDialog: false);
        return Page();
    }
}
