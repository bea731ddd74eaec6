using Microsoft.AspNetCore.Mvc.RazorPages;
using Recruiting.Core.Identity;
using Recruiting.Web.Admin.Postings;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin;

/// <summary>
/// The console under /admin: Identity with cookies, the role policies, and the folder convention that
/// makes every page under Pages/Admin need at least an Author (pages tighten it with [Authorize(Policy = …)]).
/// </summary>
public static class AdminConsoleSetup
{
    public static IServiceCollection AddAdminConsole(this IServiceCollection services, IConfiguration config)
    {
        services.AddAdminIdentity(config);
        services.AddAuthorization(AdminPolicies.Add);
        services.AddSignInRateLimit(config);
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", Roles.CanAuthor);
            options.Conventions.AllowAnonymousToPage(AdminPaths.SignInPage);
            options.Conventions.AllowAnonymousToPage(AdminPaths.LanguagePage);
            options.Conventions.AddFolderApplicationModelConvention("/Admin", model => model.Filters.Add(new PendingPasswordChangeFilter()));
        });
        services.AddSingleton<TextCatalog, AdminTexts>();
        services.AddPostingsAdmin();
        return services;
    }

    public static WebApplication UseAdminConsole(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseSignInRateLimit();
        app.UseAuthorization();
        app.UsePostingsAdmin();
        return app;
    }

    public static WebApplication MapAdminConsole(this WebApplication app) => app;
}
