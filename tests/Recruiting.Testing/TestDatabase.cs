using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Recruiting.Core.Storage;

namespace Recruiting.Testing;

/// <summary>A fresh, migrated database for one test: a temporary SQLite file, or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public string Provider { get; }
    public string ConnectionString { get; }
    private readonly string? _sqliteFile;
    private readonly string? _pgName;

    private TestDatabase(string provider, string connection, string? sqliteFile, string? pgName)
    {
        Provider = provider;
        ConnectionString = connection;
        _sqliteFile = sqliteFile;
        _pgName = pgName;
    }

    public static async Task<TestDatabase> CreateAsync(string provider = DatabaseOptions.Sqlite, bool migrate = true)
    {
        TestDatabase database;
        if (provider == DatabaseOptions.Postgres)
        {
            var name = "recruiting_test_" + Guid.NewGuid().ToString("N")[..12];
            await using (var admin = new NpgsqlConnection(PostgresAvailability.ConnectionString))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }
            var builder = new NpgsqlConnectionStringBuilder(PostgresAvailability.ConnectionString) { Database = name };
            database = new TestDatabase(provider, builder.ConnectionString, null, name);
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"recruiting-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase(DatabaseOptions.Sqlite, $"Data Source={file};Pooling=False", file, null);
        }
        if (migrate)
        {
            await using var db = database.NewContext();
            await new SchemaMigrator(provider).MigrateAsync(db);
        }
        return database;
    }

    public RecruitingDb NewContext(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<RecruitingDb>();
        StorageServices.Configure(options, Provider, ConnectionString);
        if (interceptors.Length > 0) options.AddInterceptors(interceptors);
        return new RecruitingDb(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            // The database, its log and the site's lock files beside it (recruiting.db.startup.lock, …).
            var locks = Directory.GetFiles(Path.GetDirectoryName(_sqliteFile)!, Path.GetFileName(_sqliteFile) + ".*.lock");
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" }.Concat(locks))
                try { File.Delete(f); } catch (IOException) { }
        }
        if (_pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresAvailability.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgName} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
