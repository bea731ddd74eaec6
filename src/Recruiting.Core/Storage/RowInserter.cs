using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Recruiting.Core.Storage;

/// <summary>
/// Inserts many new entities, one INSERT per row, without the change tracker: for the importer, where
/// EF's per-entity bookkeeping costs more than writing the rows. Tables, columns, value conversions and parameter
/// types all come from the EF model, so a row is what SaveChanges would have written. Statements go through EF's
/// raw SQL path, so command interceptors see them; they run in the caller's transaction, which must exist.
/// Principal tables are written before their dependents. (Several rows per statement were slower: SQLite looks
/// each parameter name up one by one.)
/// </summary>
public static class RowInserter
{
    public static async Task InsertAsync(RecruitingDb db, IReadOnlyList<object> rows, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("RowInserter writes inside the caller's transaction; begin one first.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var groups = rows.GroupBy(r => r.GetType()).ToDictionary(g => db.Model.FindEntityType(g.Key)
            ?? throw new InvalidOperationException($"{g.Key.Name} is not an entity type."), g => g.ToList());
        foreach (var type in PrincipalsFirst(groups.Keys))
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var columns = type.GetProperties().ToList();
            if (columns.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
                throw new InvalidOperationException($"{type.DisplayName()}.{shadow.Name} is a shadow property; RowInserter reads CLR properties only.");
            var getters = columns.Select(p => p.GetGetter()).ToList();
            var mappings = columns.Select(p => p.GetRelationalTypeMapping()).ToList();
            var names = columns.Select((_, c) => sql.GenerateParameterName("p" + c)).ToList();
            var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) "
                + $"VALUES ({string.Join(", ", names)})";
            await using var command = db.Database.GetDbConnection().CreateCommand(); // only a parameter factory
            foreach (var row in groups[type])
            {
                var parameters = columns.Select((p, c) => mappings[c].CreateParameter(command, names[c], getters[c].GetClrValueUsingContainingEntity(row), p.IsNullable)).ToList();
                await db.Database.ExecuteSqlRawAsync(insert, parameters, ct);
            }
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
