using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;
using Recruiting.Testing;

namespace Recruiting.Core.Tests.Storage;

/// <summary>The hand-written migrations must build exactly the schema the EF model describes.</summary>
public sealed class SchemaMatchesModelTests
{
    [Theory, Providers]
    public async Task Migrated_database_has_the_tables_columns_and_indexes_of_the_model(string provider)
    {
        await using var migrated = await TestDatabase.CreateAsync(provider, migrate: true);
        await using var created = await TestDatabase.CreateAsync(provider, migrate: false);
        await using (var db = created.NewContext()) await db.Database.EnsureCreatedAsync();

        var expected = await DescribeAsync(created, provider);
        var actual = await DescribeAsync(migrated, provider);
        actual.Remove("table schema_migrations");
        foreach (var key in actual.Keys.Where(k => k.StartsWith("column schema_migrations.") || k.StartsWith("index schema_migrations")).ToList())
            actual.Remove(key);

        Assert.Equal(expected.OrderBy(k => k.Key).Select(k => $"{k.Key}: {k.Value}"),
                     actual.OrderBy(k => k.Key).Select(k => $"{k.Key}: {k.Value}"));
    }

    [Theory, Providers]
    public async Task Migrating_twice_applies_nothing_the_second_time(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: true);
        await using var db = database.NewContext();
        Assert.Empty(await new SchemaMigrator(provider).MigrateAsync(db));
    }

    private static async Task<Dictionary<string, string>> DescribeAsync(TestDatabase database, string provider)
    {
        await using var db = database.NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var schema = new Dictionary<string, string>();
        if (provider == DatabaseOptions.Postgres)
        {
            foreach (var row in await QueryAsync(connection, "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema='public'"))
            {
                schema[$"table {row[0]}"] = "";
                schema[$"column {row[0]}.{row[1]}"] = $"{row[2]} null={row[3]}";
            }
            foreach (var row in await QueryAsync(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname='public'"))
                schema[$"index {row[0]}.{row[1]}"] = row[2];
        }
        else
        {
            var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'");
            foreach (var t in tables.Select(r => r[0]))
            {
                schema[$"table {t}"] = "";
                foreach (var c in await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{t}')"))
                    schema[$"column {t}.{c[0]}"] = $"{c[1]} notnull={c[2]} pk={c[3]}";
            }
            foreach (var row in await QueryAsync(connection, "SELECT tbl_name, name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"))
                schema[$"index {row[0]}.{row[1]}"] = row[2];
        }
        return schema;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i))!).ToArray());
        return rows;
    }
}
