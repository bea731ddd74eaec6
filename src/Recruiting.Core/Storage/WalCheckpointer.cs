using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Recruiting.Core.Storage;

/// <summary>
/// Takes SQLite's WAL checkpoints off a long writer's path. While it lives, the writer's connection no longer
/// checkpoints after its commits (each of which waits for two fsyncs); instead, after each commit the writer calls
/// <see cref="Committed"/> and a second connection copies the log into the database file in the background, in
/// PASSIVE mode, so it never blocks the writer. Disposing it waits for that, checkpoints what is left and puts the
/// writer's setting back. On other databases it does nothing.
/// </summary>
public sealed class WalCheckpointer : IAsyncDisposable
{
    private const int SqliteDefaultPages = 1000;
    private readonly DbContext _db;
    private readonly DbConnection? _checkpoints;
    private Task _running = Task.CompletedTask;

    private WalCheckpointer(DbContext db, DbConnection? checkpoints) => (_db, _checkpoints) = (db, checkpoints);

    /// <summary>Call with the writer's connection open; it must stay open until this is disposed.</summary>
    public static async Task<WalCheckpointer> StartAsync(DbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return new WalCheckpointer(db, null);
        var writer = db.Database.GetDbConnection();
        var checkpoints = DbProviderFactories.GetFactory(writer)!.CreateConnection()!;
        checkpoints.ConnectionString = writer.ConnectionString;
        await checkpoints.OpenAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_autocheckpoint=0;", ct);
        return new WalCheckpointer(db, checkpoints);
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
        await _db.Database.ExecuteSqlRawAsync($"PRAGMA wal_autocheckpoint={SqliteDefaultPages};");
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
}
