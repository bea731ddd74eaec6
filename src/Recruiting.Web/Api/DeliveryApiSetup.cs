namespace Recruiting.Web.Api;

public static class DeliveryApiSetup
{
    public static IServiceCollection AddDeliveryApi(this IServiceCollection services, IConfiguration config) => services;

    public static WebApplication MapContentApi(this WebApplication app) => app;

    public static WebApplication MapManagementApi(this WebApplication app) => app;
}
