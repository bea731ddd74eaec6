namespace Recruiting.Web.Public;

public static class PublicSiteSetup
{
    public static IServiceCollection AddPublicSite(this IServiceCollection services, IConfiguration config) => services;

    public static WebApplication MapPublicSite(this WebApplication app) => app;
}
