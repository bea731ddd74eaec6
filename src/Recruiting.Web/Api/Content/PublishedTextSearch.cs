using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Api.Content;

/// <summary>
/// Full-text filter of the content API: a case-insensitive LIKE over the published title, description and
/// Markdown body, read from the published JSON column (so JSON keys never match). SQLite folds case for
/// ASCII letters only; PostgreSQL folds all letters.
/// </summary>
internal static class PublishedTextSearch
{
    public static IQueryable<Guid> Matching(RecruitingDb db, string text)
    {
        var pattern = "%" + Escape(text.ToLowerInvariant()) + "%";
        return db.Database.IsNpgsql()
            ? db.Database.SqlQuery<Guid>($"""
                SELECT "Id" AS "Value" FROM postings
                WHERE lower(("PublishedJson"::jsonb ->> 'Title') || ' ' || ("PublishedJson"::jsonb ->> 'Description') || ' ' || ("PublishedJson"::jsonb ->> 'BodyMarkdown')) LIKE {pattern} ESCAPE '\'
                """)
            : db.Database.SqlQuery<Guid>($"""
                SELECT "Id" AS "Value" FROM postings
                WHERE "PublishedJson" IS NOT NULL
                  AND lower(json_extract("PublishedJson", '$.Title') || ' ' || json_extract("PublishedJson", '$.Description') || ' ' || json_extract("PublishedJson", '$.BodyMarkdown')) LIKE {pattern} ESCAPE '\'
                """);
    }

    private static string Escape(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
