namespace Recruiting.Core.Content;

/// <summary>Where a posting stands in the editorial workflow. Trash is orthogonal: see <see cref="Posting.TrashedAt"/>.</summary>
public enum PostingStatus
{
    Draft = 0,
    InReview = 1,
    Scheduled = 2,
    Published = 3,
    Archived = 4,
}
