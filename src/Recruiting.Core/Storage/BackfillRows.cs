using System.Data.Common;

namespace Recruiting.Core.Storage;

/// <summary>
/// What a migration's code step does to fill derived columns: read each row's id and JSON, compute the values in C# (by
/// the save's own rule), and write them back, all in the migration's transaction. The reader is closed before writing:
/// Npgsql allows one open command per connection.
/// </summary>
internal static class BackfillRows
{
    /// <param name="select">Selects the id and the JSON the values are computed from.</param>
    /// <param name="update">Sets the columns from <paramref name="parameters"/>, for the row whose "Id" is @id.</param>
    /// <param name="valuesOf">The values of <paramref name="parameters"/>, in order, from a row's JSON.</param>
    public static async Task RunAsync(DbConnection connection, DbTransaction tx, string select, string update, string[] parameters,
        Func<string, object?[]> valuesOf, CancellationToken ct)
    {
        var rows = new List<(object Id, object?[] Values)>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = select;
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                rows.Add((reader.GetValue(0), valuesOf(reader.GetString(1))));
        }
        if (rows.Count == 0) return;

        await using var write = connection.CreateCommand();
        write.Transaction = tx;
        write.CommandText = update;
        var bound = parameters.Append("@id").Select(name => write.AddParameter(name)).ToArray();
        foreach (var (id, values) in rows)
        {
            for (var i = 0; i < values.Length; i++) bound[i].Value = values[i] ?? DBNull.Value;
            bound[^1].Value = id;
            await write.ExecuteNonQueryAsync(ct);
        }
    }
}
