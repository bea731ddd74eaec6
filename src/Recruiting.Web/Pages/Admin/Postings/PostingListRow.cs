using Recruiting.Core.Content;

namespace Recruiting.Web.Admin.Postings;

public enum TranslationState { UpToDate, Missing, Stale }

/// <summary>One line of the postings list: only the columns the list shows.</summary>
public sealed record PostingListRow(
    Guid Id, string Title, string Language, string Slug, PostingStatus Status, bool IsTrashed,
    DateTimeOffset LastModifiedAt, DateTimeOffset? ClosingAt, TranslationState Translation)
{
    public string Name => PostingName.Of(Title, Slug);
}

public sealed record PostingListPage(IReadOnlyList<PostingListRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
