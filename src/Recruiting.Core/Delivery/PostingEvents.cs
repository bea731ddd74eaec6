namespace Recruiting.Core.Delivery;

public static class PostingEvents
{
    public const string Published = "posting.published";
    public const string Updated = "posting.updated";
    public const string Archived = "posting.archived";
    public const string Unpublished = "posting.unpublished";
    public static readonly IReadOnlyList<string> All = [Published, Updated, Archived, Unpublished];
}
