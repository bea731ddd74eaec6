using System.Data.Common;
using Npgsql;
using Recruiting.Web.Public;
using Recruiting.Web.Public.Rendered;

namespace Recruiting.Web.Instances;

/// <summary>
/// Hears the changes other processes announce through <see cref="PublicContentRelay"/> and empties this instance's
/// page cache at once (its own changes empty it through <see cref="PublicPageCache"/>'s listener). PostgreSQL: LISTEN
/// on a connection of its own, checked every <see cref="KeepAlive"/>; when the connection drops it reconnects (waiting
/// 1 s, then longer, up to 30 s) and empties the cache, since changes may have passed meanwhile. SQLite: reads the
/// stored counter every <see cref="SqlitePoll"/>, passing over the moves that were this instance's own bumps. Each
/// notice empties the cache a second time <see cref="SecondEviction"/> later, to drop a page this instance rendered
/// from the old state while the notice was on its way.
/// </summary>
public sealed class RelayedChangesListener(PublicContentRelay relay, RenderedPageMemory memory, ILogger<RelayedChangesListener> log) : BackgroundService
{
    public static readonly TimeSpan SqlitePoll = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan SecondEviction = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(30);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        relay.IsPostgres ? ListenAsync(stoppingToken) : PollAsync(stoppingToken);

    private async Task ListenAsync(CancellationToken ct)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(relay.ConnectionString);
                await connection.OpenAsync(ct);
                var heard = false;
                connection.Notification += (_, e) => heard |= e.Payload != relay.InstanceId;
                await using (var listen = new NpgsqlCommand($"LISTEN {PublicContentRelay.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(ct);
                delay = TimeSpan.FromSeconds(1);
                await memory.ForgetAllAsync(ct);
                while (!ct.IsCancellationRequested)
                {
                    if (!await connection.WaitAsync(KeepAlive, ct))
                    {
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteNonQueryAsync(ct);
                    }
                    if (heard)
                    {
                        heard = false;
                        await EvictAsync(ct);
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbException or IOException or TimeoutException or InvalidOperationException)
            {
                log.LogWarning(e, "Lost the change notifications of the other instances; reconnecting in {Seconds} s.", delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxReconnectDelay.Ticks));
            }
        }
    }

    private async Task PollAsync(CancellationToken ct)
    {
        long? seen = null;
        using var timer = new PeriodicTimer(SqlitePoll);
        do
        {
            try
            {
                var current = await relay.ReadCounterAsync(ct);
                if (seen is { } before && current != before)
                {
                    if (relay.IsBumping) continue;
                    if (!relay.OnlyOwnChanges(before, current)) await EvictAsync(ct);
                }
                seen = current;
            }
            catch (DbException e)
            {
                log.LogDebug(e, "Could not read the public content counter; trying again.");
            }
        } while (await timer.WaitForNextTickAsync(ct));
    }

    private async Task EvictAsync(CancellationToken ct)
    {
        await memory.ForgetAllAsync(ct);
        _ = EvictAgainLaterAsync(ct);
    }

    private async Task EvictAgainLaterAsync(CancellationToken ct)
    {
        try
        {
            await Task.Delay(SecondEviction, ct);
            await memory.ForgetAllAsync(ct);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
