using Recruiting.Core.Content;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// Postings whose draft's title, leverId or Markdown body contain a text, ignoring case and accents: the text is folded
/// by <see cref="TextFolding"/>, the rule that folded the posting's <see cref="Posting.SearchText"/> column, so SQLite and
/// PostgreSQL compare plain strings and agree ("Montreal" finds "Montréal", "MONTRÉAL" finds "montreal").
/// </summary>
public static class PostingSearch
{
    public static IQueryable<Posting> Matching(RecruitingDb db, string? text)
    {
        var folded = TextFolding.Fold(text);
        return folded.Length == 0 ? db.Postings : db.Postings.Where(p => p.SearchText.Contains(folded));
    }
}
