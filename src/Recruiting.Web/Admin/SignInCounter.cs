using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Admin;

/// <summary>
/// The sign-in limits' one counting rule: events under a key, in a window that starts at the key's first event, kept in
/// the database (table sign_in_counts) so that every instance of the site counts against the same limit. Counting is
/// one atomic upsert; rows whose window has ended are deleted when a new window starts.
/// </summary>
public sealed class SignInCounter(RecruitingDb db, TimeProvider clock)
{
    /// <param name="Count">Events under the key in its current window (0 when none).</param>
    /// <param name="RetryAfter">Time until that window ends.</param>
    public sealed record Verdict(int Count, TimeSpan RetryAfter);

    /// <returns>This event's number in the key's current window, and how long until that window ends.</returns>
    public async Task<Verdict> AddAsync(string key, TimeSpan window, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var ends = now + (long)window.TotalMilliseconds;
        // Both providers evaluate every SET expression against the row as it was, so the window and the count reset together.
        var row = (await db.Database.SqlQuery<CountRow>($"""
            INSERT INTO sign_in_counts ("Key", "WindowEnds", "Count") VALUES ({key}, {ends}, 1)
            ON CONFLICT ("Key") DO UPDATE SET
                "Count" = CASE WHEN sign_in_counts."WindowEnds" <= {now} THEN 1 ELSE sign_in_counts."Count" + 1 END,
                "WindowEnds" = CASE WHEN sign_in_counts."WindowEnds" <= {now} THEN {ends} ELSE sign_in_counts."WindowEnds" END
            RETURNING "Count", "WindowEnds"
            """).ToListAsync(ct)).Single();
        if (row.Count == 1)
            await db.Database.ExecuteSqlAsync($"""DELETE FROM sign_in_counts WHERE "WindowEnds" <= {now}""", ct);
        return ToVerdict(row, now);
    }

    /// <returns>The key's count in its current window, without adding to it.</returns>
    public async Task<Verdict> PeekAsync(string key, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var row = await db.Database.SqlQuery<CountRow>($"""
            SELECT "Count", "WindowEnds" FROM sign_in_counts WHERE "Key" = {key} AND "WindowEnds" > {now}
            """).FirstOrDefaultAsync(ct);
        return row is null ? new Verdict(0, TimeSpan.Zero) : ToVerdict(row, now);
    }

    public Task ForgetAsync(string key, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""DELETE FROM sign_in_counts WHERE "Key" = {key}""", ct);

    private static Verdict ToVerdict(CountRow row, long now) => new(row.Count, TimeSpan.FromMilliseconds(Math.Max(0, row.WindowEnds - now)));

    private sealed record CountRow(int Count, long WindowEnds);
}
