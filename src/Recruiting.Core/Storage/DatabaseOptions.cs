namespace Recruiting.Core.Storage;

/// <summary>The `Database` configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>`Sqlite` (default) or `Postgres`; the connection string is `ConnectionStrings:Default`.</summary>
    public string Provider { get; set; } = Sqlite;
}
