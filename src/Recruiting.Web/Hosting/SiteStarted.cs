namespace Recruiting.Web.Hosting;

/// <summary>
/// Background work that waits until the site listens, and a moment more: the hosted services start before the server,
/// and on a small machine a query they run (with EF Core's first query compilation) takes the processor from start-up
/// and then from the first requests.
/// </summary>
public static class SiteStarted
{
    /// <summary>How long after the site listens periodic work begins, at most: the first requests have the processor.</summary>
    public static readonly TimeSpan FirstRequestsGrace = TimeSpan.FromSeconds(3);

    /// <summary>Completes when the site has started (at once if it has), or is cancelled with <paramref name="stopping"/>.</summary>
    public static async Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken stopping)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStopping = stopping.Register(() => started.TrySetCanceled(stopping));
        await started.Task;
    }

    /// <summary>
    /// Completes once the site has started and then <see cref="FirstRequestsGrace"/> or <paramref name="interval"/> has
    /// passed, whichever is shorter: work that runs every interval may begin one interval late, never later than the grace.
    /// </summary>
    public static async Task WhenPastStartAsync(this IHostApplicationLifetime lifetime, TimeSpan interval, TimeProvider clock,
        CancellationToken stopping)
    {
        await lifetime.WhenStartedAsync(stopping);
        await Task.Delay(interval < FirstRequestsGrace ? interval : FirstRequestsGrace, clock, stopping);
    }
}
