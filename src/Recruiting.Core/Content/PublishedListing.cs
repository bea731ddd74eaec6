namespace Recruiting.Core.Content;

/// <summary>
/// What the careers index searches, filters on and shows on a card, derived from a published content in this one place
/// and kept as columns of the posting (set with <see cref="Posting.Published"/>, so every save, the bulk import and the
/// V0015 backfill write the same values): the index reads them without loading any posting's JSON.
/// </summary>
public sealed record PublishedListing(string SearchText, string? Locations, bool Remote, string? RemoteCountry,
    string? EmploymentType, string? Department)
{
    private const char Separator = '\n';

    public static PublishedListing? Of(PostingContent? content) => content is null ? null : new(
        // Candidates type a city as often as a job title, so the locations are searched with the title and description.
        SearchText: string.Join(Separator, new[] { content.Title, content.Description }.Concat(content.Locations.Select(l => l.ToString())).Select(TextFolding.Fold)),
        Locations: content.Locations.Count == 0 ? null
            : Separator + string.Join(Separator, content.Locations.Select(l => l.ToString()).Distinct()) + Separator,
        Remote: content.Remote,
        RemoteCountry: content.Remote ? Trimmed(content.RemoteCountry) : null,
        EmploymentType: EmploymentTypes.SchemaValue(content.EmploymentType) ?? Trimmed(content.EmploymentType),
        Department: Trimmed(content.Department));

    /// <summary>The locations of a <see cref="Locations"/> column, as written ("Montréal, QC, Canada").</summary>
    public static IEnumerable<string> LocationsIn(string? column) =>
        column?.Split(Separator, StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>What a <see cref="Locations"/> column contains when one of its locations is <paramref name="location"/>.</summary>
    public static string LocationNeedle(string location) => Separator + location + Separator;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
