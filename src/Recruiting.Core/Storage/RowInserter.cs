using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Recruiting.Core.Storage;

/// <summary>
/// Inserts many new entities, one INSERT per row, without the change tracker: for the importer, where
/// EF's per-entity bookkeeping costs more than writing the rows. Tables, columns, value conversions and parameter
/// types all come from the EF model, so a row is what SaveChanges would have written. They run in the caller's
/// transaction, which must exist. Principal tables are written before their dependents.
/// <para>Each table's rows reuse one prepared statement (<see cref="SqliteInsert"/> on SQLite), which saves parsing the
/// statement again for each row. (Several rows per statement were slower: SQLite looks each parameter name up one by one.)</para>
/// </summary>
public static class RowInserter
{
    public static async Task InsertAsync(RecruitingDb db, IReadOnlyList<object> rows, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("RowInserter writes inside the caller's transaction; begin one first.");
        var groups = rows.GroupBy(r => r.GetType()).ToDictionary(g => db.Model.FindEntityType(g.Key)
            ?? throw new InvalidOperationException($"{g.Key.Name} is not an entity type."), g => g.ToList());
        foreach (var type in PrincipalsFirst(groups.Keys))
        {
            var insert = new TableInsert(db, type);
            if (transaction.Connection is SqliteConnection sqlite)
                InsertSqlite(sqlite, insert, groups[type]);
            else
                await InsertAsync(transaction, insert, groups[type], ct);
        }
    }

    private static void InsertSqlite(SqliteConnection connection, TableInsert insert, List<object> rows)
    {
        using var statement = new SqliteInsert(connection, insert.Sql);
        foreach (var row in rows) statement.Execute(insert.Values(row));
    }

    private static async Task InsertAsync(DbTransaction transaction, TableInsert insert, List<object> rows, CancellationToken ct)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.CommandText = insert.Sql;
        command.Transaction = transaction;
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            command.Parameters.AddRange(insert.Parameters(command, row));
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The INSERT statement of one entity type, and how to turn an entity into its parameters.</summary>
    private sealed class TableInsert
    {
        private readonly IReadOnlyList<IProperty> _columns;
        private readonly IReadOnlyList<IClrPropertyGetter> _getters;
        private readonly IReadOnlyList<RelationalTypeMapping> _mappings;
        private readonly IReadOnlyList<string> _names;

        public TableInsert(DbContext db, IEntityType type)
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            _columns = type.GetProperties().ToList();
            if (_columns.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
                throw new InvalidOperationException($"{type.DisplayName()}.{shadow.Name} is a shadow property; RowInserter reads CLR properties only.");
            _getters = _columns.Select(p => p.GetGetter()).ToList();
            _mappings = _columns.Select(p => p.GetRelationalTypeMapping()).ToList();
            _names = _columns.Select((_, c) => sql.GenerateParameterName("p" + c)).ToList();
            Sql = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", _columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) "
                + $"VALUES ({string.Join(", ", _names)})";
        }

        public string Sql { get; }

        public DbParameter[] Parameters(DbCommand command, object row) =>
            _columns.Select((p, c) => _mappings[c].CreateParameter(command, _names[c], _getters[c].GetClrValueUsingContainingEntity(row), p.IsNullable)).ToArray();

        /// <summary>The row's provider values, converted as <see cref="Parameters"/> converts them.</summary>
        public object?[] Values(object row)
        {
            var values = new object?[_columns.Count];
            for (var c = 0; c < values.Length; c++)
            {
                var value = _getters[c].GetClrValueUsingContainingEntity(row);
                values[c] = value is null || _mappings[c].Converter is not { } converter ? value : converter.ConvertToProvider(value);
            }
            return values;
        }
    }

    private static IEnumerable<IEntityType> PrincipalsFirst(IEnumerable<IEntityType> types)
    {
        var pending = types.ToList();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(t => !t.GetForeignKeys().Any(fk => fk.PrincipalEntityType != t && pending.Contains(fk.PrincipalEntityType)))
                ?? throw new InvalidOperationException("The entity types to insert depend on each other in a cycle.");
            pending.Remove(next);
            yield return next;
        }
    }
}
