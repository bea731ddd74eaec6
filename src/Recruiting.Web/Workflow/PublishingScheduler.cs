using Recruiting.Core.Workflow;
using Recruiting.Web.Hosting;
using Recruiting.Web.Instances;

namespace Recruiting.Web.Workflow;

/// <summary>
/// Publishes postings whose scheduled time has come and archives those past their closing date, every
/// <c>Scheduler:IntervalSeconds</c> (30 by default). The state lives in the database, so a restart loses nothing:
/// the first run, a moment after the site has started (SiteStarted), catches up on whatever fell due while the site was down. Each run holds the database's
/// scheduler lock, so with several instances one runs at a time and the next one finds the work done: every change
/// happens once, with one audit line.
/// </summary>
public sealed class PublishingScheduler(IServiceScopeFactory scopes, DatabaseLocks locks, IConfiguration config, IHostApplicationLifetime lifetime,
    ILogger<PublishingScheduler> logger) : BackgroundService
{
    private TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Scheduler:IntervalSeconds", 30)));

    /// <returns>How many postings this run published or archived; 0 when another instance kept the lock for a whole interval.</returns>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var held = await locks.TryAcquireAsync(DatabaseLocks.Scheduler, Interval, ct);
        if (held is null) return 0;
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PostingWorkflow>().RunScheduleAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = Interval;
        await lifetime.WhenPastStartAsync(interval, TimeProvider.System, stoppingToken);
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                var changed = await RunOnceAsync(stoppingToken);
                if (changed > 0) logger.LogInformation("Scheduler published or archived {Count} postings.", changed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The publishing scheduler failed; it will try again in {Interval}.", interval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class PublishingSchedulerSetup
{
    /// <summary>The scheduler runs in every site process (the console is not needed); one instance at a time does the work.</summary>
    public static IServiceCollection AddPublishingScheduler(this IServiceCollection services)
    {
        services.AddSingleton<PublishingScheduler>();
        services.AddHostedService(s => s.GetRequiredService<PublishingScheduler>());
        return services;
    }
}
