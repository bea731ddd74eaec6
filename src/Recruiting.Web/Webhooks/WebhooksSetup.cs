namespace Recruiting.Web.Webhooks;

public static class WebhooksSetup
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration config) => services;

}
