using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Audit;
using Recruiting.Testing;

namespace Recruiting.Core.Tests.Storage;

/// <summary>
/// The console's audit page (filter by actor or action, newest first, a page at a time) reads from an index,
/// without scanning the log or sorting it: asked of SQLite's planner on the migrated schema.
/// </summary>
public sealed class AuditLogIndexTests
{
    [Fact]
    public async Task Filtering_by_actor_uses_an_index_that_also_gives_the_order()
    {
        var plan = await PlanAsync(log => log.Where(e => e.Actor == "alice@example.test"));

        Assert.Contains("USING INDEX IX_audit_log_Actor_At_Id (Actor=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task Filtering_by_action_uses_an_index_that_also_gives_the_order()
    {
        var plan = await PlanAsync(log => log.Where(e => e.Action == "posting.publish"));

        Assert.Contains("USING INDEX IX_audit_log_Action_At_Id (Action=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    /// <summary>The page's query shape: filtered, newest first, one page.</summary>
    private static async Task<string> PlanAsync(Func<IQueryable<AuditEntry>, IQueryable<AuditEntry>> filter)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var query = filter(db.AuditLog.AsNoTracking()).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip(50).Take(50);
        var command = query.CreateDbCommand();
        await db.Database.OpenConnectionAsync();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await using var reader = await command.ExecuteReaderAsync();
        var steps = new List<string>();
        while (await reader.ReadAsync()) steps.Add(reader.GetString(3));
        return string.Join("\n", steps);
    }
}
