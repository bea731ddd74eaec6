namespace Recruiting.Web.Hosting;

/// <summary>
/// Background work that waits until the site listens: the hosted services start before the server, and on a small
/// machine a query they run then (with EF Core's first model and query compilation) takes the processor from start-up.
/// </summary>
public static class SiteStarted
{
    /// <summary>Completes when the site has started (at once if it has), or is cancelled with <paramref name="stopping"/>.</summary>
    public static async Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken stopping)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStopping = stopping.Register(() => started.TrySetCanceled(stopping));
        await started.Task;
    }
}
