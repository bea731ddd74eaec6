using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Recruiting.Core.Storage;

/// <summary>
/// Plain SQL reads of one table, for the importer's bulk paths: EF's LINQ pipeline compiles for about half a second
/// on its first query in a process, which a command-line import would pay before writing anything. Table and column
/// names come from the EF model, delimited for the database in use; reads run on the context's connection and
/// transaction.
/// </summary>
public sealed class PlainSql(DbContext db, Type entity)
{
    private readonly IEntityType _type = db.Model.FindEntityType(entity) ?? throw new ArgumentException($"{entity.Name} is not an entity type.", nameof(entity));
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();

    public string this[string property] => _sql.DelimitIdentifier(_type.FindProperty(property)!.GetColumnName());

    public string Table => _sql.DelimitIdentifier(_type.GetTableName()!, _type.GetSchema());

    public string Select(params string[] properties) => $"SELECT {string.Join(", ", properties.Select(p => this[p]))} FROM {Table}";

    /// <summary>Runs <paramref name="sql"/>, whose parameters are @p0, @p1… in the order of <paramref name="parameters"/>; yields the reader at each row.</summary>
    public async IAsyncEnumerable<DbDataReader> ReadAsync(string sql, IReadOnlyList<object>? parameters = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < (parameters?.Count ?? 0); i++) command.AddParameter("@p" + i, parameters![i]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) yield return reader;
    }

    public static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
