using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Instances;

/// <summary>
/// Tells every other process using the database that public content changed (one of the
/// <see cref="IPublicContentListener"/>s of <see cref="PublicContentChanges"/>, so it hears every committed change of
/// the save pipeline, the importer and the careers-index editor). On PostgreSQL, a NOTIFY on <see cref="Channel"/>
/// carrying this instance's id; on SQLite, a bump of the stored <see cref="PublicContentVersion"/> counter. The other
/// instances hear it through <see cref="RelayedChangesListener"/>. Announcing is best effort: when it fails the change is
/// committed anyway, it is logged, and the other instances show it when their cached pages expire (`Site:PageCacheSeconds`).
/// </summary>
public sealed class PublicContentRelay(IConfiguration config, ILogger<PublicContentRelay> log) : IPublicContentListener, IDisposable
{
    public const string Channel = "recruiting_public_content";

    private readonly Lock _gate = new();
    private bool _sending;
    private bool _again;
    private Task _announcing = Task.CompletedTask;
    private readonly SortedSet<long> _ownCounterValues = [];
    private bool _bumping;

    private readonly string _connection = DatabaseOptions.ConnectionString(config);

    /// <summary>Tells the notifications this instance sent from those of the others.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    public bool IsPostgres { get; } = DatabaseOptions.UsesPostgres(config);

    public string ConnectionString => _connection;

    /// <summary>
    /// Sends the announcement in the background: the writer need not wait for it. Announcements asked for while one is
    /// being sent are merged into one more, sent after it (each is sent after every change it covers was committed).
    /// </summary>
    public Task OnChangedAsync(PublicContentChange change, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_sending)
            {
                _again = true;
                return Task.CompletedTask;
            }
            _sending = true;
            _announcing = Task.Run(AnnounceAsync, CancellationToken.None);
        }
        return Task.CompletedTask;
    }

    private async Task AnnounceAsync()
    {
        while (true)
        {
            try
            {
                if (IsPostgres) await NotifyAsync(CancellationToken.None);
                else await BumpCounterAsync(CancellationToken.None);
            }
            catch (DbException e)
            {
                log.LogWarning(e, "Could not tell the other instances that public content changed; they show it when their cached pages expire.");
            }
            lock (_gate)
            {
                if (!_again)
                {
                    _sending = false;
                    return;
                }
                _again = false;
            }
        }
    }

    /// <summary>Waits (up to 5 s) for the last announcement, so a command-line import that ends at once is still heard.</summary>
    public void Dispose()
    {
        Task pending;
        lock (_gate) pending = _announcing;
        pending.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task NotifyAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(_connection);
        await connection.OpenAsync(ct);
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @instance)", connection);
        notify.Parameters.AddWithValue("channel", Channel);
        notify.Parameters.AddWithValue("instance", InstanceId);
        await notify.ExecuteNonQueryAsync(ct);
    }

    private async Task BumpCounterAsync(CancellationToken ct)
    {
        await using var connection = new SqliteConnection(_connection);
        await connection.OpenAsync(ct);
        await using var bump = connection.CreateCommand();
        bump.CommandText = """
            INSERT INTO public_content_version ("Id", "Value") VALUES ($id, 1)
            ON CONFLICT ("Id") DO UPDATE SET "Value" = public_content_version."Value" + 1
            RETURNING "Value"
            """;
        bump.Parameters.AddWithValue("$id", PublicContentVersion.Announced);
        lock (_gate) _bumping = true;
        try
        {
            if (await bump.ExecuteScalarAsync(ct) is long value)
                lock (_gate) _ownCounterValues.Add(value);
        }
        finally
        {
            lock (_gate) _bumping = false;
        }
    }

    /// <summary>SQLite only: a bump of this instance is on its way, so a move of the counter cannot be told apart yet.</summary>
    public bool IsBumping
    {
        get
        {
            lock (_gate) return _bumping;
        }
    }

    /// <summary>
    /// SQLite only: whether the counter moved from <paramref name="seen"/> to <paramref name="current"/> through this
    /// instance's bumps alone. Its own changes already emptied its cache; emptying it again would throw away pages
    /// rendered since from the new state. Ask only when <see cref="IsBumping"/> is false. Forgets the values up to
    /// <paramref name="current"/>.
    /// </summary>
    public bool OnlyOwnChanges(long seen, long current)
    {
        lock (_gate)
        {
            var own = _ownCounterValues.GetViewBetween(seen + 1, Math.Max(seen + 1, current)).Count;
            _ownCounterValues.RemoveWhere(v => v <= current);
            return current > seen && own == current - seen;
        }
    }

    /// <summary>SQLite only: the stored counter, 0 before the first change.</summary>
    public async Task<long> ReadCounterAsync(CancellationToken ct)
    {
        await using var connection = new SqliteConnection(_connection);
        await connection.OpenAsync(ct);
        await using var read = connection.CreateCommand();
        read.CommandText = """SELECT "Value" FROM public_content_version WHERE "Id" = $id""";
        read.Parameters.AddWithValue("$id", PublicContentVersion.Announced);
        return await read.ExecuteScalarAsync(ct) is long value ? value : 0;
    }
}
