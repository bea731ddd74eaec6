using System.Data.Common;

namespace Recruiting.Core.Storage;

/// <summary>A migration script the database refused; its transaction was rolled back, so the database is as it was before it.</summary>
public sealed class SchemaMigrationException(string migration, string database, DbException cause)
    : Exception($"migration {migration} failed on the database {database} and was rolled back ({cause.Message.ReplaceLineEndings(" ")})", cause)
{
    public string Migration { get; } = migration;
}
