using Recruiting.Core.Content;

namespace Recruiting.Core.Delivery;

/// <summary>
/// What a candidate asks the careers index for: words to find in the title, description or locations (accents and case
/// ignored, every word must appear) and filters whose values come from <see cref="CareersFacets"/>.
/// </summary>
public sealed record CareersQuery(string? Text = null, string? Location = null, bool RemoteOnly = false,
    string? EmploymentType = null, string? Department = null)
{
    /// <summary>Characters of search text read; the rest is ignored.</summary>
    public const int MaxTextLength = 200;
    /// <summary>Words of search text that count; further words are ignored.</summary>
    public const int MaxWords = 10;

    public static readonly CareersQuery All = new();

    /// <summary>The folded words to find, at most <see cref="MaxWords"/>, each once.</summary>
    public IReadOnlyList<string> Words { get; } = Folded(Text);

    public bool IsEmpty => Words.Count == 0 && Location is null && !RemoteOnly && EmploymentType is null && Department is null;

    private static IReadOnlyList<string> Folded(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var read = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        return TextFolding.Fold(read).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxWords).ToList();
    }
}

/// <summary>The values the careers index's filters offer: those the open postings of one language have.</summary>
public sealed record CareersFacets(IReadOnlyList<string> Locations, IReadOnlyList<string> EmploymentTypes,
    IReadOnlyList<string> Departments, bool AnyRemote)
{
    public static readonly CareersFacets None = new([], [], [], false);
}
