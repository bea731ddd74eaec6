using Medallion.Threading.Postgres;
using Microsoft.Data.Sqlite;
using Recruiting.Core.Storage;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Instances;

/// <summary>
/// Named locks that every instance of the site using the same database sees. On PostgreSQL, a session-level
/// advisory lock (DistributedLock.Postgres) held on its own connection, released when the handle is disposed or
/// the connection drops. On SQLite, whose other writers run on the same machine, an exclusive lock on a file beside
/// the database (`recruiting.db.{name}.lock`).
/// </summary>
public sealed class DatabaseLocks
{
    /// <summary>Migrations, role seeding, the first data-protection key and the initial import.</summary>
    public const string Startup = "startup";
    /// <summary>One run of the publishing scheduler.</summary>
    public const string Scheduler = "scheduler";

    private static readonly TimeSpan FileRetry = TimeSpan.FromMilliseconds(100);
    private readonly string? _postgres;
    private readonly string? _sqliteFile;

    public DatabaseLocks(IConfiguration config)
    {
        var connection = DatabaseOptions.ConnectionString(config);
        if (DatabaseOptions.UsesPostgres(config))
            _postgres = connection;
        else
            _sqliteFile = Path.GetFullPath(new SqliteConnectionStringBuilder(connection).DataSource);
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the lock; throws a <see cref="StartupFailure"/> (one line for the operator) after that.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string name, TimeSpan timeout, CancellationToken ct = default) =>
        await TryAcquireAsync(name, timeout, ct)
        ?? throw new StartupFailure($"Another instance of the site held the database's '{name}' lock for more than {timeout.TotalMinutes:0.#} minutes. " +
                                      "Check that instance's log (a long start-up import?), or stop it, then start this one again.");

    /// <returns>The held lock, or null when another holder kept it for the whole <paramref name="wait"/>.</returns>
    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan wait, CancellationToken ct = default)
    {
        if (_postgres is not null)
            return await new PostgresDistributedLock(new PostgresAdvisoryLockKey("recruiting:" + name, allowHashing: true), _postgres)
                .TryAcquireAsync(wait, ct);
        return await TryLockFileAsync($"{_sqliteFile}.{name}.lock", wait, ct);
    }

    private static async Task<IAsyncDisposable?> TryLockFileAsync(string path, TimeSpan wait, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock() on Unix and a share-mode lock on Windows: held until disposed.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (e is not (DirectoryNotFoundException or PathTooLongException))
            {
                if (DateTime.UtcNow >= deadline) return null;
                await Task.Delay(FileRetry, ct);
            }
        }
    }
}
