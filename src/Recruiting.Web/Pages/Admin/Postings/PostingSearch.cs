using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// Postings whose title, leverId or Markdown body contain a text, case-insensitively. The body lives in the
/// draft's JSON column, which LINQ cannot reach, so the filter is a small SQL fragment per provider.
/// </summary>
public static class PostingSearch
{
    // The raw JSON holds title, leverId and body, so a cheap LIKE on it first keeps the JSON parsing to likely rows.
    private const string Sqlite =
        """SELECT * FROM postings WHERE "DraftJson" LIKE {0} ESCAPE '\' AND (lower("Title") LIKE {0} ESCAPE '\' OR lower(coalesce("LeverId", '')) LIKE {0} ESCAPE '\' OR lower(json_extract("DraftJson", '$.BodyMarkdown')) LIKE {0} ESCAPE '\')""";

    private const string Postgres =
        """SELECT * FROM postings WHERE "DraftJson" ILIKE {0} ESCAPE '\' AND (lower("Title") LIKE {0} ESCAPE '\' OR lower(coalesce("LeverId", '')) LIKE {0} ESCAPE '\' OR lower(("DraftJson"::json)->>'BodyMarkdown') LIKE {0} ESCAPE '\')""";

    public static IQueryable<Posting> Matching(RecruitingDb db, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return db.Postings;
        var pattern = "%" + EscapeLike(text.Trim().ToLowerInvariant()) + "%";
        return db.Postings.FromSqlRaw(db.Database.IsNpgsql() ? Postgres : Sqlite, pattern);
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
