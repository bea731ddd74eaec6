using Recruiting.Core.Content;
using Recruiting.Core.Workflow;
using Recruiting.Web.Admin;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>
/// The careers index introduction in one language, saved through <see cref="PageWorkflow"/>. Its fields' labels, hints,
/// limits and rules are the careers-index page type's declaration (<see cref="PageTypeSet.CareersIndex"/>).
/// </summary>
[Authorize(Policy = Roles.CanPublish)]
public sealed class CareersIndexModel(PageWorkflow pages, PageTypeSet pageTypes) : PageModel
{
    /// <summary>The page type whose declaration the form is made from and the save is validated against.</summary>
    public PageType Type => pageTypes.CareersIndex;
    /// <summary>The console's language, in which the declared labels and hints are shown.</summary>
    public string UiLanguage => LocalizationSetup.CurrentLanguage;
    [BindProperty(SupportsGet = true)] public string Language { get; set; } = Languages.English;
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? BodyMarkdown { get; set; }
    /// <summary>The version the editor was opened on (0: no page yet), sent back with the save.</summary>
    [BindProperty] public int Version { get; set; }
    public IReadOnlyList<FieldIssue> Errors { get; private set; } = [];
    /// <summary>After a conflict: the page as the other person saved it.</summary>
    public ContentPage? Theirs { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        if (!Languages.IsSupported(Language)) Language = Languages.English;
        var page = await pages.FindAsync(Type, Language, ct);
        (Title, BodyMarkdown, Version, Saved) = (page?.Title, page?.BodyMarkdown, page?.Version ?? 0, saved);
        return Page();
    }

    public IEnumerable<FieldIssue> IssuesFor(string field) => Errors.Where(e => e.Field == field);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await pages.SaveAsync(Type, new(Language, Title ?? "", BodyMarkdown ?? ""), Version, HttpContext.Actor(), ct);
        if (result.Succeeded) return RedirectToPage("./CareersIndex", new { language = Language, saved = true });
        if (result.Outcome == WorkflowOutcome.Forbidden) return Forbid();
        Errors = result.Errors;
        if (result.Outcome == WorkflowOutcome.Conflict)
        {
            // The user's text stays in the form; the next save is a deliberate choice over the version now shown.
            Theirs = result.Page;
            Version = Theirs?.Version ?? 0;
            ModelState.Remove(nameof(Version));
        }
        Response.StatusCode = result.Outcome == WorkflowOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
