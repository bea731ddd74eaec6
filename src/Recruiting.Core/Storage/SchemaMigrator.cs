using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Recruiting.Core.Storage;

/// <summary>
/// Applies the versioned SQL migrations in Storage/Migrations/{provider}/ that a database has not had yet,
/// each in its own transaction, and records them in `schema_migrations`. The scripts are written by hand, one per
/// provider, so what runs on each database is the SQL reviewed; SchemaMatchesModelTests proves they match the EF model.
/// </summary>
public sealed class SchemaMigrator(string provider)
{
    /// <summary>Migrations that also run code after their SQL, in their transaction: data no SQL function can compute.</summary>
    private static readonly Dictionary<string, Func<DbConnection, DbTransaction, CancellationToken, Task>> CodeSteps = new()
    {
        [PublishedListingBackfill.Migration] = PublishedListingBackfill.RunAsync,
        [DraftSearchBackfill.Migration] = DraftSearchBackfill.RunAsync,
    };

    private bool IsPostgres => string.Equals(provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<(string Id, string Sql)> Migrations() =>
        MigrationNames().Select(m => (m.Id, Read(typeof(SchemaMigrator).Assembly, m.Resource))).ToList();

    /// <summary>The provider's migrations in order: each one's id and the name of the resource holding its SQL.</summary>
    private IEnumerable<(string Id, string Resource)> MigrationNames()
    {
        var folder = IsPostgres ? ".postgres." : ".sqlite.";
        return typeof(SchemaMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Storage.Migrations" + folder) && n.EndsWith(".sql"))
            .Select(n => (Id: n[(n.IndexOf(folder) + folder.Length)..^4], Resource: n))
            .OrderBy(m => m.Id, StringComparer.Ordinal);
    }

    /// <summary>A connection to <paramref name="connection"/> without EF Core (whose model takes a while to build), closed.</summary>
    public DbConnection Connect(string connection) =>
        IsPostgres ? new Npgsql.NpgsqlConnection(connection) : new Microsoft.Data.Sqlite.SqliteConnection(connection);

    /// <returns>The ids of the migrations applied now.</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(RecruitingDb db, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await MigrateAsync(db.Database.GetDbConnection(), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <param name="connection">An open connection.</param>
    /// <returns>The ids of the migrations applied now.</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(DbConnection connection, CancellationToken ct = default)
    {
        // 16 KiB pages hold a posting's JSON and HTML in fewer overflow pages (an import's commits took a quarter
        // less time); SQLite applies page_size only to a database that has no table yet, so an existing file keeps its own.
        if (!IsPostgres) await ExecuteAsync(connection, null, "PRAGMA page_size=16384; PRAGMA journal_mode=WAL;", ct);
        await ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_migrations (id varchar(200) PRIMARY KEY, applied_at varchar(40) NOT NULL);", ct);
        var applied = await AppliedAsync(connection, ct);
        var done = new List<string>();
        foreach (var (id, sql) in Migrations().Where(m => !applied.Contains(m.Id)))
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            try
            {
                await ExecuteAsync(connection, tx, sql, ct);
                if (CodeSteps.TryGetValue(id, out var step)) await step(connection, tx, ct);
            }
            catch (DbException e)
            {
                throw new SchemaMigrationException(id, connection.DataSource, e);
            }
            await using var record = connection.CreateCommand();
            record.Transaction = tx;
            record.CommandText = "INSERT INTO schema_migrations (id, applied_at) VALUES (@id, @at)";
            record.AddParameter("@id", id);
            record.AddParameter("@at", DateTimeOffset.UtcNow.ToString("O"));
            await record.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
            done.Add(id);
        }
        return done;
    }

    /// <returns>The ids of the migrations this build carries that the database has not had.</returns>
    public async Task<IReadOnlyList<string>> PendingAsync(RecruitingDb db, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return Pending(await AppliedAsync(db.Database.GetDbConnection(), ct));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <returns>The ids of the migrations this build carries that are not among <paramref name="applied"/>.</returns>
    public IReadOnlyList<string> Pending(IReadOnlySet<string> applied) =>
        MigrationNames().Select(n => n.Id).Where(id => !applied.Contains(id)).ToList();

    private static async Task<HashSet<string>> AppliedAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM schema_migrations";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetString(0));
        return ids;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
