using System.Globalization;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Public;

/// <summary>Language helpers of the public site: the language of a path, language names and date formats.</summary>
public static class PublicLanguage
{
    /// <summary>The language a path starts with (/en/…, /fr/…), or null.</summary>
    public static string? OfPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length < 3 || path[0] != '/') return null;
        if (path.Length > 3 && path[3] != '/') return null;
        var code = path[1..3].ToLowerInvariant();
        return Languages.IsSupported(code) ? code : null;
    }

    /// <summary>Each language's name in itself, as the toggle shows it.</summary>
    public static string Name(string language) => language == Languages.French ? "Français" : "English";

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == Languages.French ? "fr-CA" : "en-CA");

    public static string Date(DateTimeOffset at, string language) =>
        at.ToUniversalTime().ToString(language == Languages.French ? "d MMMM yyyy" : "MMMM d, yyyy", Culture(language));

    /// <summary>The toggle when a page has no counterpart: the other language's careers index.</summary>
    public static LanguageLink OtherIndex(string language)
    {
        var other = Languages.Other(language);
        return new LanguageLink(other, PostingUrls.Index(other));
    }
}
