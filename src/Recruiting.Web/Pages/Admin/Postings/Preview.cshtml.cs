using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Rendering;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>The draft as the public page will show it, rendered by the public pipeline; signed-in users only.</summary>
[Authorize(Policy = Roles.CanAuthor)]
public sealed class PreviewModel(RecruitingDb db, BodyRenderer renderer) : PageModel
{
    public Posting Posting { get; private set; } = null!;
    public string BodyHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var posting = await db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (posting is null) return NotFound();
        Posting = posting;
        BodyHtml = renderer.Render(posting.Draft.BodyMarkdown);
        Response.Headers["X-Robots-Tag"] = "noindex";
        return Page();
    }
}
