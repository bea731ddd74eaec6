using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Web.Admin;
using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>
/// A publisher sends a posting in review back to draft with a required comment, through the save pipeline
/// (<see cref="PostingWorkflow.SendBackAsync"/>): a revision that keeps the comment, and an audit line. The editor holds the
/// same form; this page answers its post and shows it again with what to fix.
/// </summary>
[Authorize(Policy = Roles.CanPublish)]
public sealed class SendBackModel(RecruitingDb db, PostingWorkflow workflow) : PageModel
{
    public SendBackForm Form { get; private set; } = null!;
    public string Title { get; private set; } = "";
    /// <summary>Why the posting cannot be sent back now (not in review, changed meanwhile).</summary>
    public FieldIssue? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var posting = await db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (posting is null) return NotFound();
        Title = PostingName.Of(posting.Title, posting.Slug);
        Form = new SendBackForm(id, posting.Version, null, []);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int version, string? comment, CancellationToken ct)
    {
        var result = await workflow.SendBackAsync(id, version, comment, HttpContext.Actor(), ct);
        switch (result.Outcome)
        {
            case WorkflowOutcome.Ok:
                new EditorFeedback("The posting is sent back to its author as a draft.", []).Keep(TempData);
                return RedirectToPage("./Edit", new { id });
            case WorkflowOutcome.NotFound: return NotFound();
            case WorkflowOutcome.Forbidden: return Forbid();
        }
        var posting = await db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (posting is null) return NotFound();
        Title = PostingName.Of(posting.Title, posting.Slug);
        Form = new SendBackForm(id, version, comment, result.Outcome == WorkflowOutcome.Invalid ? result.Errors : []);
        if (result.Outcome != WorkflowOutcome.Invalid) Refusal = result.Errors.FirstOrDefault();
        Response.StatusCode = result.Outcome == WorkflowOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
