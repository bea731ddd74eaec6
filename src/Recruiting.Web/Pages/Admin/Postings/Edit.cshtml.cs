using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Web.Admin;
using Recruiting.Web.Admin.Postings;
using Recruiting.Web.Localization;
using Recruiting.Web.Public;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>
/// Creates and edits one posting. Every change goes through <see cref="PostingWorkflow"/>; submit, publish and
/// schedule first save what the form holds, so what the user sees is what gets published.
/// </summary>
[Authorize(Policy = Roles.CanAuthor)]
public sealed class EditModel(RecruitingDb db, PostingWorkflow workflow, UserClock clock, PageTypeSet pageTypes,
    IOptions<PublicSiteOptions> site, ReviewComments reviews, ActorNames actors) : PageModel
{
    [BindProperty] public PostingForm Form { get; set; } = new();
    /// <summary>When to publish, in the user's time zone.</summary>
    [BindProperty] public DateTime? PublishAt { get; set; }
    /// <summary>Posted by the confirmation dialog and step of archive, unpublish and trash.</summary>
    [BindProperty(Name = "confirmed")] public bool Confirmed { get; set; }
    /// <summary>"The language is right": publish a body that reads as the other language (a publisher's override).</summary>
    [BindProperty] public bool LanguageConfirmed { get; set; }
    /// <summary>Whether the last refusal asks for that override, so the form offers it.</summary>
    public bool AsksLanguageConfirmation => Errors.Any(e => e.Code.StartsWith("publish-body-in-", StringComparison.Ordinal));

    public Posting? Stored { get; private set; }
    public Counterpart? Counterpart { get; private set; }
    /// <summary>The review part of a stored posting: the send-back form, or the comment it was sent back with.</summary>
    public ReviewPanel? Review { get; private set; }
    /// <summary>For a draft to translate: the text of the posting it is translated from, shown beside.</summary>
    public PostingContent? Source { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public List<FieldIssue> Errors { get; } = [];
    public List<FieldIssue> Warnings { get; } = [];
    public string? Notice { get; private set; }
    /// <summary>On a conflict: the other person's current draft, to merge with what the user typed.</summary>
    public Posting? Theirs { get; private set; }
    public Actor Actor => HttpContext.Actor();
    /// <summary>The page type whose declaration the form is made from.</summary>
    public PageType Type => pageTypes.JobPosting;
    /// <summary>The console's language, in which the declared labels and hints are shown.</summary>
    public string UiLanguage => LocalizationSetup.CurrentLanguage;

    public async Task<IActionResult> OnGetAsync(Guid? id, string? language, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Stored is not null) Form = PostingForm.From(Stored, Zone);
        else if (Languages.IsSupported(language)) Form.Language = language!;
        var feedback = EditorFeedback.Take(TempData);
        Notice = feedback.Notice;
        Warnings.AddRange(feedback.Warnings);
        if (ApplyRoute.Missing(Form, Stored, site.Value) is { } noApply && !Warnings.Contains(noApply)) Warnings.Add(noApply);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken ct) =>
        SaveThenAsync(id, "The draft is saved.", null, ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid? id, CancellationToken ct) =>
        SaveThenAsync(id, "The posting is submitted for review.", (pid, v) => workflow.SubmitForReviewAsync(pid, v, Actor, ct), ct);

    public async Task<IActionResult> OnPostPublishAsync(Guid? id, CancellationToken ct) =>
        !Actor.CanPublish ? Forbid()
        : await SaveThenAsync(id, "The posting is published.", (pid, v) => workflow.PublishAsync(pid, v, Actor, ct, LanguageConfirmed), ct,
            ApplyRoute.Missing(Form, null, site.Value) is null ? null : ApplyRoute.PublishedWithout);

    public async Task<IActionResult> OnPostScheduleAsync(Guid? id, CancellationToken ct)
    {
        if (!Actor.CanPublish) return Forbid();
        var zone = await clock.ZoneAsync(ct);
        if (PublishAt is not { } local)
        {
            await LoadAsync(id, ct);
            Errors.Add(new("PublishAt", "required", "Choose the date and time of publication."));
            return Page();
        }
        return await SaveThenAsync(id, "The publication is scheduled.",
            (pid, v) => workflow.ScheduleAsync(pid, UserClock.ToUtc(local, zone), v, Actor, ct, LanguageConfirmed), ct);
    }

    public Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken ct) =>
        TransitionAsync(id, "The posting is archived.", () => workflow.ArchiveAsync(id, Form.Version, Actor, ct), ct, BulkAction.Archive);

    public Task<IActionResult> OnPostUnarchiveAsync(Guid id, CancellationToken ct) =>
        TransitionAsync(id, "The posting is open again.", () => workflow.UnarchiveAsync(id, Form.Version, Actor, ct), ct);

    public Task<IActionResult> OnPostUnpublishAsync(Guid id, CancellationToken ct) =>
        TransitionAsync(id, "The posting is unpublished.", () => workflow.UnpublishAsync(id, Form.Version, Actor, ct), ct, BulkAction.Unpublish);

    public Task<IActionResult> OnPostTrashAsync(Guid id, CancellationToken ct) =>
        TransitionAsync(id, "The posting is in the trash.", () => workflow.TrashAsync(id, Form.Version, Actor, ct), ct, BulkAction.Trash);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken ct) =>
        TransitionAsync(id, "The posting is restored from the trash.", () => workflow.RestoreFromTrashAsync(id, Actor, ct), ct);

    /// <param name="afterwards">A warning to add once the action succeeded (publishing without an Apply link).</param>
    private async Task<IActionResult> SaveThenAsync(Guid? id, string notice, Func<Guid, int, Task<WorkflowResult>>? next, CancellationToken ct,
        FieldIssue? afterwards = null)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var input = Form.ToInput(Stored?.Draft, Zone, Type);
        var result = Stored is null ? await workflow.CreateAsync(input, Actor, ct)
            : Unchanged(Stored, input) ? WorkflowResult.Ok(Stored)
            : await workflow.SaveDraftAsync(Stored.Id, input, Form.Version, Actor, ct);
        var warnings = result.Warnings;
        if (result.Succeeded && next is not null)
            result = await next(result.Posting!.Id, Unchanged(Stored, input) ? Form.Version : result.Posting.Version);
        if (!result.Succeeded) return Failed(result, warnings);
        new EditorFeedback(notice, afterwards is null ? warnings : [.. warnings, afterwards]).Keep(TempData);
        return RedirectToPage("./Edit", new { id = result.Posting!.Id });
    }

    /// <param name="askFirst">An action that acts only once confirmed (see <see cref="ConfirmedActions"/>).</param>
    private async Task<IActionResult> TransitionAsync(Guid id, string notice, Func<Task<WorkflowResult>> run, CancellationToken ct,
        BulkAction? askFirst = null)
    {
        if (!Actor.CanPublish) return Forbid();
        if (askFirst is { } action && !Confirmed) return RedirectToPage("./Confirm", new { id, act = action, version = Form.Version });
        if (!await LoadAsync(id, ct)) return NotFound();
        var result = await run();
        if (!result.Succeeded)
        {
            Form = PostingForm.From(Stored!, Zone);
            return Failed(result, []);
        }
        new EditorFeedback(notice, []).Keep(TempData);
        return RedirectToPage("./Edit", new { id });
    }

    private IActionResult Failed(WorkflowResult result, IReadOnlyList<FieldIssue> warnings)
    {
        switch (result.Outcome)
        {
            case WorkflowOutcome.NotFound: return NotFound();
            case WorkflowOutcome.Forbidden: return Forbid();
            case WorkflowOutcome.Conflict:
                Theirs = result.Posting;
                // The next save is a deliberate merge over the version the user has now seen.
                Form.Version = Theirs?.Version ?? Form.Version;
                break;
        }
        Errors.AddRange(result.Errors);
        Warnings.AddRange(result.Warnings.Concat(warnings).Distinct());
        Response.StatusCode = result.Outcome == WorkflowOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private static bool Unchanged(Posting? stored, PostingInput input) =>
        stored is not null && stored.Draft.SameAs(input.Content) && stored.Slug == input.Slug && stored.Language == input.Language
        && (input.TranslationKey.Length == 0 || stored.TranslationKey == input.TranslationKey);

    private async Task<bool> LoadAsync(Guid? id, CancellationToken ct)
    {
        Zone = await clock.ZoneAsync(ct);
        if (id is null) return true;
        Stored = await db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (Stored is null) return false;
        Counterpart = await TranslationStatus.FindAsync(db, Stored, ct);
        Review = await ReviewPanel.LoadAsync(Stored, Actor, reviews, actors, Zone, ct);
        if (Stored.Draft.TranslateFrom is not null && Counterpart is { } other)
            Source = await db.Postings.AsNoTracking().Where(p => p.Id == other.Id).Select(p => p.Draft).SingleAsync(ct);
        return true;
    }

    public IEnumerable<FieldIssue> IssuesFor(string field) => Errors.Where(e => e.Field == field);
    public IEnumerable<FieldIssue> WarningsFor(string field) => Warnings.Where(e => e.Field == field);
}
