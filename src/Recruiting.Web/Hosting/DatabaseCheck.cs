using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Hosting;

/// <summary>
/// Before migrations: is the database usable? SQLite: its folder exists (the data folder is created) and can be
/// written, and the file is a SQLite database that can be written. PostgreSQL: the server answers, retried with
/// growing pauses for `Database:StartupWaitSeconds` (it may still be starting). Each failure is a
/// <see cref="StartupFailure"/> naming the path or host and the setting to change.
/// </summary>
public static class DatabaseCheck
{
    /// <summary>`Database` settings, validated when the site starts.</summary>
    public static IServiceCollection AddDatabaseCheck(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        return services;
    }

    public static Task CheckDatabaseAsync(this WebApplication app) => CheckDatabaseAsync(app.Services, app.Configuration, app.Logger);

    /// <summary>The same check for a command of the command line, which has no web application.</summary>
    public static async Task CheckDatabaseAsync(IServiceProvider services, IConfiguration config, ILogger log)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var connection = DatabaseOptions.ConnectionString(config);
        if (options.IsPostgres) await WaitForPostgresAsync(connection, TimeSpan.FromSeconds(options.StartupWaitSeconds), log);
        else await CheckSqliteAsync(connection, config[AppRoot.DataFolderSetting]);
    }

    private static async Task CheckSqliteAsync(string connection, string? dataFolder)
    {
        var file = new SqliteConnectionStringBuilder(connection).DataSource;
        if (file is "" or ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var inDataFolder = dataFolder is not null && Path.GetFullPath(folder).TrimEnd('/') == Path.GetFullPath(dataFolder).TrimEnd('/');
        var setting = inDataFolder ? "Data:Folder (Data__Folder)" : "ConnectionStrings:Default";
        try
        {
            if (inDataFolder) Directory.CreateDirectory(folder);
            else if (!Directory.Exists(folder))
                throw new StartupFailure($"the folder of the SQLite database {file} does not exist: create it, or change {setting}.");
            using (File.Create(Path.Combine(folder, $".write-test-{Guid.NewGuid():N}"), 1, FileOptions.DeleteOnClose)) { }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new StartupFailure($"the data folder {folder} is not writable ({e.Message}): let the site's user write there, or set {setting} to a folder it can write.", e);
        }
        try
        {
            await using var sqlite = new SqliteConnection(connection);
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            // Reading the schema proves the file is a database; an immediate transaction proves it can be written.
            command.CommandText = "SELECT count(*) FROM sqlite_master; BEGIN IMMEDIATE; ROLLBACK;";
            await command.ExecuteNonQueryAsync();
        }
        catch (SqliteException e)
        {
            throw new StartupFailure(e.SqliteErrorCode switch
            {
                SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT =>
                    $"the SQLite database {file} is damaged or is not a SQLite database ({e.SqliteErrorCode}: {Reason(e)}): restore it from a backup (see README, Back up and restore), or move it away to start with an empty database, or change {setting}.",
                SQLitePCL.raw.SQLITE_READONLY or SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_PERM =>
                    $"the SQLite database {file} cannot be opened for writing ({Reason(e)}): let the site's user write the file and its folder, or change {setting}.",
                _ => $"the SQLite database {file} cannot be used ({Reason(e)}); check the file, or change {setting}.",
            }, e);
        }
    }

    private static async Task WaitForPostgresAsync(string connection, TimeSpan wait, ILogger log)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection);
        var server = $"{builder.Host}:{builder.Port}";
        var deadline = DateTime.UtcNow + wait;
        var pause = TimeSpan.FromMilliseconds(500);
        while (true)
        {
            try
            {
                await using var pg = new NpgsqlConnection(connection);
                await pg.OpenAsync();
                return;
            }
            catch (PostgresException e) when (!e.IsTransient)
            {
                throw new StartupFailure(
                    $"PostgreSQL at {server} refused the connection to database \"{builder.Database}\" as \"{builder.Username}\" ({e.SqlState}: {e.MessageText}): check Username, Password and Database in ConnectionStrings:Default.", e);
            }
            catch (NpgsqlException e)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                    throw new StartupFailure(
                        $"PostgreSQL at {server} did not answer within {wait.TotalSeconds:0} s ({Reason(e)}): check that the server runs and that Host and Port in ConnectionStrings:Default are right, or wait longer with Database:StartupWaitSeconds.", e);
                // The last pause ends at the deadline, for one more try: the whole configured wait is used.
                var delay = pause < left ? pause : left;
                log.LogWarning("PostgreSQL at {Server} does not answer yet ({Reason}); trying again in {Seconds:0.#} s.", server, Reason(e), delay.TotalSeconds);
                await Task.Delay(delay);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    /// <summary>The innermost message (a socket's "Connection refused" rather than Npgsql's wrapper), on one line.</summary>
    private static string Reason(Exception e)
    {
        while (e.InnerException is not null && e is not SqliteException) e = e.InnerException;
        return (e is SqliteException s ? s.Message.Replace("SQLite Error ", "error ") : e.Message).ReplaceLineEndings(" ").TrimEnd('.');
    }
}
