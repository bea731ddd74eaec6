using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Admin;

namespace Recruiting.Web.Tests.Admin;

/// <summary>
/// Every console page and handler, discovered from the running app's endpoints (so pages other areas add are
/// covered without listing them), with the policy each one declares: [AllowAnonymous], [Authorize(Policy)] on the
/// page model, [AuthorizeHandler] on a handler, else the folder's CanAuthor.
/// </summary>
public static class AdminPageCatalog
{
    public sealed record Handler(string Page, string Method, string? Name, string Url, string? Policy)
    {
        public override string ToString() => $"{Method} {Url} ({Page}, handler {Name ?? "default"}, {Policy ?? "anonymous"})";
    }

    public static async Task<IReadOnlyList<Handler>> DiscoverAsync(TestApp app)
    {
        var loader = app.Service<PageLoader>();
        var handlers = new List<Handler>();
        foreach (var endpoint in app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            if (page is null || !page.ViewEnginePath.StartsWith("/Admin/", StringComparison.Ordinal)) continue;
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var model = compiled.ModelTypeInfo ?? compiled.HandlerTypeInfo;
            var pagePolicy = model.IsDefined(typeof(AllowAnonymousAttribute), inherit: true)
                ? null
                : model.GetCustomAttribute<AuthorizeAttribute>(inherit: true)?.Policy ?? Roles.CanAuthor;
            var url = Url(endpoint.RoutePattern);
            foreach (var handler in compiled.HandlerMethods)
            {
                var handlerPolicy = handler.MethodInfo.GetCustomAttribute<AuthorizeHandlerAttribute>()?.Policy;
                var query = handler.Name is null ? "" : "?handler=" + handler.Name;
                // Razor Pages names methods "Get", "Post": upper-cased, so a GET handler is sent as a GET.
                handlers.Add(new Handler(page.ViewEnginePath, handler.HttpMethod.ToUpperInvariant(), handler.Name, url + query, Strictest(pagePolicy, handlerPolicy)));
            }
            // A page without OnGet still answers GET by rendering itself.
            if (!compiled.HandlerMethods.Any(h => HttpMethods.IsGet(h.HttpMethod)))
                handlers.Add(new Handler(page.ViewEnginePath, HttpMethods.Get, null, url, pagePolicy));
        }
        return handlers.DistinctBy(h => (h.Method, h.Url)).OrderBy(h => h.Url).ThenBy(h => h.Method).ToList();
    }

    /// <summary>Whether a user with these roles satisfies the policy (null: anyone).</summary>
    public static bool Allows(string? policy, IReadOnlyCollection<string> roles) => policy switch
    {
        null => true,
        Roles.CanAuthor => roles.Count > 0,
        Roles.CanPublish => roles.Contains(Roles.Administrator) || roles.Contains(Roles.Publisher),
        Roles.CanAdminister => roles.Contains(Roles.Administrator),
        _ => throw new InvalidOperationException($"Unknown policy {policy}: teach the authorization tests about it."),
    };

    private static string? Strictest(string? page, string? handler)
    {
        string?[] order = [null, Roles.CanAuthor, Roles.CanPublish, Roles.CanAdminister];
        return Array.IndexOf(order, handler) > Array.IndexOf(order, page) ? handler : page;
    }

    /// <summary>An address of the route with a sample value for each required parameter.</summary>
    public static string Url(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => parameter.IsOptional ? "" : SampleValue(parameter),
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        })))).TrimEnd('/');

    // A value every route constraint we use accepts; the page may then answer 404, which is fine: it got past authorization.
    private static string SampleValue(Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") ? "1"
        : parameter.ParameterPolicies.Any(p => p.Content == "guid") ? Guid.Empty.ToString()
        : "00000000-0000-0000-0000-000000000000";
}
