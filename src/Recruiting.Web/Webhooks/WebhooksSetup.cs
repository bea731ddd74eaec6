using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Recruiting.Core.Delivery;
using Recruiting.Web.Api.Content;
using Recruiting.Web.Localization;
using Recruiting.Web.Public;

namespace Recruiting.Web.Webhooks;

public static class WebhooksSetup
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<WebhookOptions>().Bind(config.GetSection(WebhookOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.AddWebhookEvents();
        services.AddScoped<WebhookDispatcher>();
        services.AddScoped<WebhookRegistry>();
        services.AddSingleton<WebhookTargets>();
        // No proxy: the connection must go to the address WebhookTargets checked, not to a proxy that resolves it again.
        services.AddHttpClient(WebhookDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false, UseCookies = false, UseProxy = false,
                ConnectCallback = sp.GetRequiredService<WebhookTargets>().ConnectAsync,
            });
        services.AddHostedService<WebhookSender>();
        services.AddTextCatalog<WebhookTexts>();
        return services;
    }

    /// <summary>
    /// Queues deliveries for every posting change, without sending them: enough for the command line, whose
    /// queued deliveries the site's sender (running, or at its next start) delivers.
    /// </summary>
    public static IServiceCollection AddWebhookEvents(this IServiceCollection services)
    {
        services.AddOptions<PublicSiteOptions>().BindConfiguration(PublicSiteOptions.Section);
        services.TryAddSingleton<SiteAddress>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostingEventSink, WebhookEventSink>());
        return services;
    }
}
