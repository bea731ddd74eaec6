namespace Recruiting.Legacy.Hugo;

/// <summary>The values of the legacy front-matter keys the job posting page type knows, as the CMS keeps them.</summary>
public sealed record LegacyFields(
    string Title, string Description, bool Archived, string? TranslationKey, string? LeverId,
    IReadOnlyList<string> Aliases, IReadOnlyList<string> Urls, string? Layout, string? Type);
