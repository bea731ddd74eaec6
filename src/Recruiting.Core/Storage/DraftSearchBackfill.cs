using System.Data.Common;
using Recruiting.Core.Content;

namespace Recruiting.Core.Storage;

/// <summary>
/// The code step of migration V0017: fills the <see cref="Posting.SearchText"/> of every posting saved before it, by the
/// same rule as a save (<see cref="DraftSearchText"/>), inside the migration's transaction.
/// </summary>
internal static class DraftSearchBackfill
{
    public const string Migration = "V0017_review_comment_and_draft_search";

    public static Task RunAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) =>
        BackfillRows.RunAsync(connection, tx,
            """SELECT "Id", "DraftJson" FROM postings""",
            """UPDATE postings SET "SearchText" = @search WHERE "Id" = @id""",
            ["@search"],
            json => [DraftSearchText.Of(JsonColumn.Deserialize<PostingContent>(json))], ct);
}
