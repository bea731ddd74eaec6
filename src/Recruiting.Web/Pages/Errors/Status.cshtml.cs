using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;
using Recruiting.Core.Content;
using Recruiting.Web.Admin.Postings;
using Recruiting.Web.Hosting;
using Recruiting.Web.Localization;
using Microsoft.Extensions.Localization;
using Recruiting.Web.Public;

namespace Recruiting.Web.Pages.Errors;

/// <summary>
/// The site's error page for every status (404, 500, …): in the language of the failed URL (else the
/// browser's), with the same message in the other language below it. Never any detail of the error.
/// It is re-executed with the failed request's method (PATCH, PROPFIND…) and body, so it has no handler and binds
/// nothing: it sets itself up before whatever handler Razor Pages would pick, and never reads the form.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<PublicTexts> L) : PageModel
{
    public int Code { get; private set; }
    public RequestRefusal? Refusal { get; private set; }
    public string Language { get; private set; } = Languages.English;
    public string Other => Languages.Other(Language);

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var code = int.TryParse(Convert.ToString(RouteData.Values["code"], CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 404;
        Code = code is >= 400 and <= 599 ? code : 404;
        Refusal = HttpContext.Features.Get<RequestRefused>()?.Reason;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        Language = PublicLanguage.OfPath(original) ?? LocalizationSetup.CurrentLanguage;
        Response.StatusCode = Code;
        ViewData[PublicHead.Key] = new PublicHead(Language, L.In(Language, Title)) { Toggle = PublicLanguage.OtherIndex(Language), NoIndex = true };
        context.Result = Page();
    }

    /// <summary>The message in one language, with the limits it names filled in.</summary>
    public string MessageIn(string language) => L.In(language, Message,
        RequestLimits.MaxBodyBytes / Megabyte, UploadedImport.MaxUploadBytes / Megabyte, RequestLimits.MaxFormFields, RequestLimits.MaxFormValueBytes / Megabyte);

    private const int Megabyte = 1024 * 1024;

    public string Title => Texts.Title;
    public string Message => Texts.Message;

    /// <summary>The page's title and message for its status code and refusal, decided in one place.</summary>
    private (string Title, string Message) Texts => (Code, Refusal) switch
    {
        (404, _) => ("Page not found",
            "There is no page at this address. The position may have been removed, or the link may be mistyped."),
        (405, _) => ("This address does not accept this request",
            "This address only answers the methods listed in the response's Allow header. Please go back to the careers site."),
        (413, _) => ("What you sent is too large",
            "The site accepts at most {0} MB in one form, and {1} MB in one import upload. Go back, shorten what you sent and send it again."),
        (400, RequestRefusal.UnreadableForm) => ("This form could not be read",
            "The form holds a character that is not allowed (such as a null character), more than {2:N0} fields, or a field over {3} MB. Go back, correct it and send it again."),
        ( >= 500, _) => ("Something went wrong",
            "An error on our side stopped this page. Please try again in a moment."),
        _ => ("This request could not be served",
            "This request could not be served. Please go back to the careers site."),
    };
}
