using Recruiting.Core.Content;
using Recruiting.Core.Workflow;
using Recruiting.Web.Admin;
using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>The careers index introduction in one language (page type careers-index).</summary>
[Authorize(Policy = Roles.CanPublish)]
public sealed class CareersIndexModel(CareersIndexEditor editor) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Language { get; set; } = Languages.English;
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? BodyMarkdown { get; set; }
    public IReadOnlyList<FieldIssue> Errors { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        if (!Languages.IsSupported(Language)) Language = Languages.English;
        var page = await editor.FindAsync(Language, ct);
        (Title, BodyMarkdown, Saved) = (page?.Title, page?.BodyMarkdown, saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Errors = await editor.SaveAsync(Language, Title, BodyMarkdown, HttpContext.Actor(), ct);
        if (Errors.Count == 0) return RedirectToPage("./CareersIndex", new { language = Language, saved = true });
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
