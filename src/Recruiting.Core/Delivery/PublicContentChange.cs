namespace Recruiting.Core.Delivery;

/// <summary>
/// What a committed write may have changed in what the public sees: some postings (by id, whatever their language),
/// some careers-index pages (by language), or everything. A plain value, so that it can be serialized and sent to
/// other instances; a listener that cannot tell what depends on a posting should treat any change as everything.
/// </summary>
public sealed record PublicContentChange
{
    public bool Everything { get; init; }
    public IReadOnlyList<Guid> PostingIds { get; init; } = [];
    /// <summary>Languages whose careers-index page changed.</summary>
    public IReadOnlyList<string> PageLanguages { get; init; } = [];

    public static PublicContentChange All { get; } = new() { Everything = true };
    public static PublicContentChange Postings(IEnumerable<Guid> ids) => new() { PostingIds = ids.Distinct().ToArray() };
    public static PublicContentChange Page(string language) => new() { PageLanguages = [language] };

    public bool IsEmpty => !Everything && PostingIds.Count == 0 && PageLanguages.Count == 0;
}
