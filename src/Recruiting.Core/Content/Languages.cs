namespace Recruiting.Core.Content;

/// <summary>The two languages the careers site is published in, as lower-case ISO codes.</summary>
public static class Languages
{
    public const string English = "en";
    public const string French = "fr";
    public static readonly IReadOnlyList<string> All = [English, French];

    public static bool IsSupported(string? code) => code is English or French;

    public static string Other(string code) => code == French ? English : French;

    /// <summary>The localized path segment of the careers section: /en/careers, /fr/carrieres.</summary>
    public static string CareersSegment(string code) => code == French ? "carrieres" : "careers";
}
