using Recruiting.Core.Content;
using Recruiting.Core.Lint;
using Recruiting.Core.Rendering;
using Recruiting.Core.Workflow;
using Recruiting.Web.Admin.Postings;
using Recruiting.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>
/// The editor's live preview: Markdown in, the public site's HTML out (POST only, with antiforgery). A body the
/// save pipeline would refuse (too long, nested too deep, holding characters XML cannot carry) answers 422 with the
/// pipeline's message, in the console's language, as plain text.
/// </summary>
[Authorize(Policy = Roles.CanAuthor)]
public sealed class BodyPreviewModel(BodyRenderer renderer, IStringLocalizer<PostingsAdminTexts> L) : PageModel
{
    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public IActionResult OnPost([FromForm] string? markdown)
    {
        var content = new PostingContent { BodyMarkdown = markdown ?? "" };
        var parsed = content.BodyMarkdown.Length > PostingLimits.Body ? null : new LintedContent(content);
        if (PostingValidator.ValidateBody(content.BodyMarkdown, parsed).FirstOrDefault() is { } issue)
            return new ContentResult
            {
                StatusCode = StatusCodes.Status422UnprocessableEntity,
                Content = IssueText.Localize(issue, L),
                ContentType = "text/plain; charset=utf-8",
            };
        return Content(renderer.Render(parsed!.Document), "text/html; charset=utf-8");
    }
}
