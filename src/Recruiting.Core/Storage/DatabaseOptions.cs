using Microsoft.Extensions.Configuration;

namespace Recruiting.Core.Storage;

/// <summary>The `Database` configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>`Sqlite` (default) or `Postgres`; the connection string is `ConnectionStrings:Default`.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>How long the site waits at start-up for a PostgreSQL server that does not answer (it may be starting too).</summary>
    public double StartupWaitSeconds { get; set; } = 30;

    public bool IsSqlite => string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase);
    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>`ConnectionStrings:Default`, or the SQLite file beside the program when it is not set.</summary>
    public static string ConnectionString(IConfiguration config) => config.GetConnectionString("Default") ?? StorageServices.DefaultSqlite;

    /// <summary>Whether `Database:Provider` names PostgreSQL (read before the options are bound, e.g. by code that runs plain SQL).</summary>
    public static bool UsesPostgres(IConfiguration config) => string.Equals(config[$"{Section}:Provider"], Postgres, StringComparison.OrdinalIgnoreCase);
}
