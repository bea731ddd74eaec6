using Recruiting.Core.Delivery;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Webhooks;

public static class WebhooksSetup
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<WebhookOptions>(config.GetSection("Webhooks"));
        services.AddSingleton<IPostingEventSink, WebhookEventSink>();
        services.AddScoped<WebhookDispatcher>();
        services.AddScoped<WebhookRegistry>();
        services.AddHttpClient(WebhookDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        if (config.GetValue("Webhooks:SenderEnabled", true))
            services.AddHostedService<WebhookSender>();
        services.AddSingleton<TextCatalog, WebhookTexts>();
        return services;
    }
}
