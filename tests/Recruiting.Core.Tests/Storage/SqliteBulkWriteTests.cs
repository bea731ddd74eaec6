using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;
using Recruiting.Testing;

namespace Recruiting.Core.Tests.Storage;

public sealed class SqliteBulkWriteTests
{
    [Fact]
    public async Task While_it_runs_the_writer_neither_syncs_fully_nor_checkpoints_and_afterwards_it_does_as_before()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        var synchronous = await PragmaAsync(db, "synchronous");

        await using (var bulkWrite = await SqliteBulkWrite.StartAsync(db, CancellationToken.None))
        {
            Assert.Equal((1, 0), (await PragmaAsync(db, "synchronous"), await PragmaAsync(db, "wal_autocheckpoint"))); // NORMAL, none
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('one');");
            bulkWrite.Committed();
        }

        Assert.Equal((synchronous, 1000), (await PragmaAsync(db, "synchronous"), await PragmaAsync(db, "wal_autocheckpoint")));
        Assert.NotEqual(1, synchronous); // else the test would not see the setting come back
    }

    [Fact]
    public async Task New_sqlite_databases_use_16_KiB_pages()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        Assert.Equal(16384, await PragmaAsync(db, "page_size"));
    }

    private static async Task<int> PragmaAsync(RecruitingDb db, string pragma)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
