using Microsoft.AspNetCore.Authorization.Policy;

namespace Recruiting.Web.Admin;

/// <summary>
/// The console's main menu. An item shows when its page exists (areas add their pages on their own schedule)
/// and the signed-in user passes that page's own authorization, read from its endpoint, so the menu never
/// disagrees with what the page would allow.
/// </summary>
public sealed class AdminNavigation(EndpointDataSource endpoints, IAuthorizationPolicyProvider policies, IAuthorizationService authorization, LinkGenerator links)
{
    public sealed record Item(string Page, string Label);
    public sealed record Link(string Href, string Label);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("/Admin/Postings/Index", "Postings"),
        new("/Admin/Import/Index", "Import"),
        new("/Admin/Users/Index", "Users"),
        new("/Admin/Audit/Index", "Audit log"),
        new("/Admin/Tokens/Index", "API tokens"),
        new("/Admin/Webhooks/Index", "Webhooks"),
    ];

    public async Task<IReadOnlyList<Link>> VisibleAsync(HttpContext context)
    {
        var visible = new List<Link>();
        if (context.User.Identity?.IsAuthenticated != true) return visible;
        foreach (var item in Items)
        {
            var endpoint = endpoints.Endpoints.FirstOrDefault(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == item.Page);
            var href = links.GetPathByPage(context, item.Page);
            if (endpoint is null || href is null) continue;
            var policy = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>());
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || policy is null
                || (await authorization.AuthorizeAsync(context.User, policy)).Succeeded)
                visible.Add(new Link(href, item.Label));
        }
        return visible;
    }
}
