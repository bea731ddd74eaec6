using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Admin;

public static class AdminConsoleSetup
{
    public static IServiceCollection AddAdminConsole(this IServiceCollection services, IConfiguration config) =>
        services.AddPostingsAdmin();

    public static WebApplication UseAdminConsole(this WebApplication app) => app.UsePostingsAdmin();

    public static WebApplication MapAdminConsole(this WebApplication app) => app;
}
