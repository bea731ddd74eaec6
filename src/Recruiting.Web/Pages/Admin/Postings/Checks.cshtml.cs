using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Recruiting.Core.Content;
using Recruiting.Core.Lint;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Web.Admin;
using Recruiting.Web.Admin.Postings;
using Recruiting.Web.Public;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>
/// The editor's live checks: the form as it is now in (POST only, with antiforgery), the warnings a save would give out,
/// as JSON in the console's language (<c>{ "findings": [{ "field", "code", "message" }] }</c>). Nothing is saved. The
/// checks are <see cref="PostingChecks"/> (the lint rules, a closing date already past, a body in the other language),
/// the validator's warnings and the Apply route's; those that need the other postings (a redirect already taken) come
/// with the save.
/// </summary>
[Authorize(Policy = Roles.CanAuthor)]
public sealed class ChecksModel(RecruitingDb db, UserClock clock, PageTypeSet pageTypes, IOptions<PublicSiteOptions> site,
    TimeProvider time, IStringLocalizer<PostingsAdminTexts> L) : PageModel
{
    [BindProperty] public PostingForm Form { get; set; } = new();

    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var stored = id is null ? null : await db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (id is not null && stored is null) return NotFound();
        var input = Form.ToInput(stored?.Draft, await clock.ZoneAsync(ct), pageTypes.JobPosting);
        var body = input.Content.BodyMarkdown.Length > PostingLimits.Body ? input.Content with { BodyMarkdown = "" } : input.Content;
        var linted = new LintedContent(body);
        var warnings = PostingChecks.Run(input with { Content = body }, linted, time.GetUtcNow())
            .Concat(PostingValidator.Validate(input, linted, pageTypes.JobPosting).Warnings);
        if (ApplyRoute.Missing(Form, stored, site.Value) is { } noApply) warnings = warnings.Append(noApply);
        return new JsonResult(new
        {
            findings = warnings.Select(w => new { field = w.Field, code = w.Code, message = IssueText.Localize(w, L) }),
        });
    }
}
