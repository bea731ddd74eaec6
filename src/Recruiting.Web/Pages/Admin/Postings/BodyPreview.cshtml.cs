using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Recruiting.Core.Identity;
using Recruiting.Core.Rendering;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>The editor's live preview: Markdown in, the public site's HTML out (POST only, with antiforgery).</summary>
[Authorize(Policy = Roles.CanAuthor)]
public sealed class BodyPreviewModel(BodyRenderer renderer) : PageModel
{
    private const int MaxLength = 200_000;

    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public IActionResult OnPost([FromForm] string? markdown)
    {
        if (markdown?.Length > MaxLength) return BadRequest("The body is too long to preview.");
        return Content(renderer.Render(markdown ?? ""), "text/html; charset=utf-8");
    }
}
