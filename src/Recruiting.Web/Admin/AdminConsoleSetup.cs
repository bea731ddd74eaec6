namespace Recruiting.Web.Admin;

public static class AdminConsoleSetup
{
    public static IServiceCollection AddAdminConsole(this IServiceCollection services, IConfiguration config) => services;

    public static WebApplication UseAdminConsole(this WebApplication app) => app;

    public static WebApplication MapAdminConsole(this WebApplication app) => app;
}
