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
    public bool IsPostgres => NamesPostgres(Provider);

    /// <summary>Whether a `Database:Provider` value names PostgreSQL (in any letter case).</summary>
    public static bool NamesPostgres(string? provider) => string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>`ConnectionStrings:Default`, or the SQLite file beside the program when it is not set.</summary>
    public static string ConnectionString(IConfiguration config) => config.GetConnectionString("Default") ?? StorageServices.DefaultSqlite;

    /// <summary>Whether `Database:Provider` names PostgreSQL (read before the options are bound, e.g. by code that runs plain SQL).</summary>
    public static bool UsesPostgres(IConfiguration config) => NamesPostgres(config[$"{Section}:Provider"]);
}
