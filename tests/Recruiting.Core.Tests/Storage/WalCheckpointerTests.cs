using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;
using Recruiting.Testing;

namespace Recruiting.Core.Tests.Storage;

public sealed class WalCheckpointerTests
{
    [Fact]
    public async Task While_it_runs_the_writer_does_not_checkpoint_and_afterwards_it_does_again()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();

        await using (var checkpointer = await WalCheckpointer.StartAsync(db, CancellationToken.None))
        {
            Assert.Equal(0, await AutoCheckpointAsync(db));
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('one');");
            checkpointer.Committed();
        }

        Assert.Equal(1000, await AutoCheckpointAsync(db));
    }

    [Fact]
    public async Task New_sqlite_databases_use_16_KiB_pages()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        Assert.Equal(16384, (await PragmaAsync(db, "page_size"))[0]);
    }

    private static async Task<int> AutoCheckpointAsync(RecruitingDb db) => (await PragmaAsync(db, "wal_autocheckpoint"))[0];

    /// <returns>The pragma's first row.</returns>
    private static async Task<int[]> PragmaAsync(RecruitingDb db, string pragma)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetInt32).ToArray();
    }
}
