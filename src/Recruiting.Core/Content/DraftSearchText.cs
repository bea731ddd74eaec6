namespace Recruiting.Core.Content;

/// <summary>
/// What the console's postings list searches in a posting: its draft's title, leverId and Markdown body, folded by
/// <see cref="TextFolding"/> (the careers search's rule), so "Montreal" finds "Montréal" on SQLite and PostgreSQL alike.
/// Kept as a column of the posting, set with <see cref="Posting.Draft"/> and filled for older postings by V0017's code step.
/// </summary>
public static class DraftSearchText
{
    /// <summary>The fields folded, one per line: folding turns line breaks into spaces, so no match spans two fields.</summary>
    public static string Of(PostingContent draft) =>
        string.Join('\n', new[] { draft.Title, draft.LeverId, draft.BodyMarkdown }.Select(TextFolding.Fold));
}
