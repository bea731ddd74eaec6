using Microsoft.AspNetCore.Mvc.Razor;
using Recruiting.Web.Admin.Postings;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin;

/// <summary>
/// The console under /admin: Identity with cookies, the role policies, and the folder convention that
/// makes every page under Pages/Admin need at least an Author. A page tightens it with [Authorize(Policy = …)]
/// on its model, one handler with [AuthorizeHandler(…)]; the authorization tests read both.
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
            options.Conventions.AddFolderApplicationModelConvention("/Admin", model =>
            {
                model.Filters.Add(new HandlerAuthorizationFilter());
                model.Filters.Add(new PendingPasswordChangeFilter());
            });
        });
        // Console partials (_FormErrors, …) live beside the admin layout.
        services.Configure<RazorViewEngineOptions>(o => o.PageViewLocationFormats.Add("/Pages/Admin/Shared/{0}.cshtml"));
        services.AddTextCatalog<AdminTexts>();
        services.AddTextCatalog<AuditTexts>();
        services.AddScoped<AdminNavigation>();
        services.AddScoped<ActorNames>();
        services.AddPostingsAdmin();
        return services;
    }

    /// <summary>Who is calling and what their roles allow, for the console and the management API alike; after routing, once.</summary>
    public static WebApplication UseSignInAndRoles(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseSignInRateLimit();
        app.UseAuthorization();
        return app;
    }
}
