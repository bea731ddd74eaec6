using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Web.Admin;
using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>"Create the translation": opens the existing counterpart, or creates it as a linked draft.</summary>
[Authorize(Policy = Roles.CanAuthor)]
public sealed class TranslateModel(RecruitingDb db, TranslationDraft translations) : PageModel
{
    public IActionResult OnGet(Guid id) => RedirectToPage("./Edit", new { id });

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var original = await db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (original is null) return NotFound();
        if (await TranslationStatus.FindAsync(db, original, ct) is { } existing)
            return RedirectToPage("./Edit", new { id = existing.Id });
        var result = await translations.CreateAsync(original, HttpContext.Actor(), ct);
        switch (result.Outcome)
        {
            case WorkflowOutcome.Ok:
                new EditorFeedback("The translation is created as a draft to translate: translate its text, tick 'The text is translated', then save.", result.Warnings).Keep(TempData);
                return RedirectToPage("./Edit", new { id = result.Posting!.Id });
            case WorkflowOutcome.Forbidden:
                return Forbid();
            default:
                new EditorFeedback("The translation could not be created: its slug or key is already used in the other language.", []).Keep(TempData);
                return RedirectToPage("./Edit", new { id });
        }
    }
}
