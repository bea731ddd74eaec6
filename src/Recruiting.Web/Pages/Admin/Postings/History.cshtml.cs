using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Web.Admin;
using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>Every revision of a posting (who, when, what changed), a choice of two to compare, and restore as a new draft.</summary>
[Authorize(Policy = Roles.CanAuthor)]
public sealed class HistoryModel(RecruitingDb db, PostingWorkflow workflow, UserClock clock, ActorNames actors) : PageModel
{
    public sealed record Row(int Number, DateTimeOffset CreatedAt, string Author, string Action, string ChangedFields, string? Comment);

    public Posting Posting { get; private set; } = null!;
    public IReadOnlyList<Row> Revisions { get; private set; } = [];
    public ActorDisplay Who { get; private set; } = new(new Dictionary<string, string>());
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyList<FieldIssue> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, int number, int version, CancellationToken ct)
    {
        var result = await workflow.RestoreRevisionAsync(id, number, version, HttpContext.Actor(), ct);
        switch (result.Outcome)
        {
            case WorkflowOutcome.Ok:
                new EditorFeedback("The revision is restored as the new draft.", result.Warnings).Keep(TempData);
                return RedirectToPage("./Edit", new { id });
            case WorkflowOutcome.NotFound: return NotFound();
            case WorkflowOutcome.Forbidden: return Forbid();
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        Errors = result.Errors;
        Response.StatusCode = result.Outcome == WorkflowOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Zone = await clock.ZoneAsync(ct);
        var posting = await db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (posting is null) return false;
        Posting = posting;
        Revisions = await db.Revisions.AsNoTracking().Where(r => r.PostingId == id).OrderByDescending(r => r.Number)
            .Select(r => new Row(r.Number, r.CreatedAt, r.Author, r.Action, r.ChangedFields, r.Comment)).ToListAsync(ct);
        Who = await actors.LoadAsync(Revisions.Select(r => r.Author), ct);
        return true;
    }
}
