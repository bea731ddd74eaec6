using Microsoft.Extensions.Options;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Webhooks;

/// <summary>
/// Background service that polls for due deliveries. All state lives in the database, so deliveries left
/// pending when the site stops are sent after it starts again (a few seconds after it listens: SiteStarted).
/// </summary>
public sealed class WebhookSender(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider clock, IHostApplicationLifetime lifetime,
    ILogger<WebhookSender> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        await lifetime.WhenPastStartAsync(poll, clock, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var attempted = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                attempted = await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Sending webhook deliveries failed; trying again in {Seconds} s.", poll.TotalSeconds);
            }
            if (attempted > 0) continue;
            try
            {
                await Task.Delay(poll, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
