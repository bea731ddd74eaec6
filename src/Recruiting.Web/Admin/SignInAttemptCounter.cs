using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Admin;

/// <summary>
/// Counts sign-in posts per client address in the database, in one atomic upsert, so that every instance of the site
/// counts against the same limit. A window starts at an address's first post and lasts `WindowSeconds`.
/// </summary>
public sealed class SignInAttemptCounter(RecruitingDb db, TimeProvider clock)
{
    public sealed record Verdict(int Count, TimeSpan RetryAfter);

    /// <returns>This post's number in the address's current window, and how long until that window ends.</returns>
    public async Task<Verdict> CountAsync(string client, TimeSpan window, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var ends = now + (long)window.TotalMilliseconds;
        // Both providers evaluate every SET expression against the row as it was, so the window and the count reset together.
        var row = (await db.Database.SqlQuery<CountRow>($"""
            INSERT INTO sign_in_attempts ("Client", "WindowEnds", "Count") VALUES ({client}, {ends}, 1)
            ON CONFLICT ("Client") DO UPDATE SET
                "Count" = CASE WHEN sign_in_attempts."WindowEnds" <= {now} THEN 1 ELSE sign_in_attempts."Count" + 1 END,
                "WindowEnds" = CASE WHEN sign_in_attempts."WindowEnds" <= {now} THEN {ends} ELSE sign_in_attempts."WindowEnds" END
            RETURNING "Count", "WindowEnds"
            """).ToListAsync(ct)).Single();
        if (row.Count == 1)
            await db.Database.ExecuteSqlAsync($"""DELETE FROM sign_in_attempts WHERE "WindowEnds" <= {now}""", ct);
        return new Verdict(row.Count, TimeSpan.FromMilliseconds(Math.Max(0, row.WindowEnds - now)));
    }

    private sealed record CountRow(int Count, long WindowEnds);
}
