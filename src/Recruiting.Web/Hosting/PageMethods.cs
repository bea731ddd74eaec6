using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace Recruiting.Web.Hosting;

/// <summary>
/// What a Razor page answers. Left alone, Razor Pages runs a page without any handler for a method it has none for
/// (PATCH, DELETE, PROPFIND…) or a handler name it does not know, and the page then fails on state its handler
/// should have set. Here: a method with no handler on the page answers 405 with `Allow` (GET and HEAD always
/// render), and an unknown handler name of a method the page handles answers 404.
/// The error page, re-executed with whatever method failed, is exempt.
/// </summary>
public static class PageMethods
{
    public static IApplicationBuilder UsePageMethods(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page && !IsErrorPage(http))
        {
            var compiled = await http.RequestServices.GetRequiredService<PageLoader>().LoadAsync(page, endpoint.Metadata);
            var allowed = Allowed(compiled);
            if (!allowed.Contains(http.Request.Method, StringComparer.OrdinalIgnoreCase))
            {
                http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                http.Response.Headers.Allow = string.Join(", ", allowed);
                return;
            }
        }
        await next(http);
    });

    public static string[] Allowed(CompiledPageActionDescriptor page) =>
        [.. new[] { HttpMethods.Get, HttpMethods.Head }.Concat(page.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant())).Distinct()];

    private static bool IsErrorPage(HttpContext http) =>
        http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null;

    /// <summary>An unknown handler name (`?handler=nope`) of a method the page has handlers for: 404, not the page without its handler.</summary>
    public sealed class UnknownHandlerFilter : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HandlerMethod is null && !IsErrorPage(context.HttpContext)
                && context.ActionDescriptor.HandlerMethods.Any(h => string.Equals(h.HttpMethod, context.HttpContext.Request.Method, StringComparison.OrdinalIgnoreCase)))
                context.Result = new Microsoft.AspNetCore.Mvc.NotFoundResult();
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }
    }
}
