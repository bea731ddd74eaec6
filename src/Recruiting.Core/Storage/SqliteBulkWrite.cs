using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Recruiting.Core.Storage;

/// <summary>
/// SQLite settings for one long writer, such as an import, put back when it is disposed: the connection may return
/// to the pool and serve the site afterwards. While it lives, the writer's connection
/// <list type="bullet">
/// <item>commits with synchronous=NORMAL (in WAL mode, a power cut may lose the last commits, never consistency);</item>
/// <item>no longer checkpoints after its commits, each of which waited for two fsyncs. Instead, after each commit the
/// writer calls <see cref="Committed"/> and a second connection copies the log into the database file in the
/// background, in PASSIVE mode, so it never blocks the writer. Disposing waits for that and checkpoints what is left.</item>
/// </list>
/// On other databases it does nothing.
/// </summary>
public sealed class SqliteBulkWrite : IAsyncDisposable
{
    private readonly DbContext _db;
    private readonly DbConnection? _checkpoints;
    private readonly (long Synchronous, long AutoCheckpoint) _before;
    private Task _running = Task.CompletedTask;

    private SqliteBulkWrite(DbContext db, DbConnection? checkpoints, (long, long) before) =>
        (_db, _checkpoints, _before) = (db, checkpoints, before);

    /// <summary>Call with the writer's connection open; it must stay open until this is disposed.</summary>
    public static async Task<SqliteBulkWrite> StartAsync(DbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return new SqliteBulkWrite(db, null, default);
        var writer = db.Database.GetDbConnection();
        var before = (await PragmaAsync(writer, "synchronous", ct), await PragmaAsync(writer, "wal_autocheckpoint", ct));
        var checkpoints = DbProviderFactories.GetFactory(writer)!.CreateConnection()!;
        checkpoints.ConnectionString = writer.ConnectionString;
        await checkpoints.OpenAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0;", ct);
        return new SqliteBulkWrite(db, checkpoints, before);
    }

    /// <summary>Starts a checkpoint unless one is still running (the next one will take this commit too).</summary>
    public void Committed()
    {
        if (_checkpoints is not null && _running.IsCompleted) _running = Task.Run(CheckpointAsync);
    }

    public async ValueTask DisposeAsync()
    {
        if (_checkpoints is null) return;
        await _running;
        await CheckpointAsync();
        await _checkpoints.DisposeAsync();
        // Pragmas take no parameters; both values are integers this class read from the database itself.
        var restore = $"PRAGMA synchronous={_before.Synchronous}; PRAGMA wal_autocheckpoint={_before.AutoCheckpoint};";
        await _db.Database.ExecuteSqlRawAsync(restore);
    }

    private async Task CheckpointAsync()
    {
        try
        {
            await using var command = _checkpoints!.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            await command.ExecuteNonQueryAsync();
        }
        catch (DbException)
        {
            // Nothing is lost: the log keeps every commit, and the next checkpoint (ours or SQLite's own) copies it.
        }
    }

    private static async Task<long> PragmaAsync(DbConnection connection, string name, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }
}
