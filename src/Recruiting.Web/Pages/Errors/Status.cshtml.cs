using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Recruiting.Core.Content;
using Recruiting.Web.Localization;
using Recruiting.Web.Public;

namespace Recruiting.Web.Pages.Errors;

/// <summary>
/// The site's error page for every status (404, 500, …): in the language of the failed URL (else the
/// browser's), with the same message in the other language below it. Never any detail of the error.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(Localizer localizer) : PageModel
{
    public int Code { get; private set; }
    public string Language { get; private set; } = Languages.English;
    public string Other => Languages.Other(Language);

    public IActionResult OnGet(int code) => Show(code);
    public IActionResult OnPost(int code) => Show(code);

    private IActionResult Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        Language = PublicLanguage.OfPath(original) ?? Localizer.CurrentLanguage;
        Response.StatusCode = Code;
        ViewData[PublicHead.Key] = new PublicHead(Language, localizer.Translate(Title, Language)) { Toggle = PublicLanguage.OtherIndex(Language), NoIndex = true };
        return Page();
    }

    public string Title => Code switch
    {
        404 => "Page not found",
        >= 500 => "Something went wrong",
        _ => "This request could not be served",
    };

    public string Message => Code switch
    {
        404 => "There is no page at this address. The position may have been removed, or the link may be mistyped.",
        >= 500 => "An error on our side stopped this page. Please try again in a moment.",
        _ => "This request could not be served. Please go back to the careers site.",
    };
}
