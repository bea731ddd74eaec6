using System.Collections.Frozen;
using System.Globalization;

namespace Recruiting.Web.Localization;

/// <summary>
/// Translates UI text into the request's language (CultureInfo.CurrentUICulture): `@L["Apply"]`, or with
/// arguments `@L["{0} open positions", count]`. English text is its own key; a missing French entry shows the English.
/// The same English with two French meanings gets a context (as gettext's msgctxt): <see cref="InContext"/>.
/// </summary>
public sealed class Localizer
{
    public const char ContextSeparator = '\u0004';

    /// <summary>A key for <paramref name="english"/> in one sense only, such as one posting's "Published" (French "Publiée").</summary>
    public static string InContext(string context, string english) => context + ContextSeparator + english;

    private readonly FrozenDictionary<string, string> _french;

    public Localizer(IEnumerable<TextCatalog> catalogs)
    {
        var all = new Dictionary<string, string>();
        foreach (var catalog in catalogs)
            foreach (var (en, fr) in catalog.French) all[en] = fr;
        _french = all.ToFrozenDictionary();
    }

    public string this[string english] => Translate(english, CurrentLanguage);

    public string this[string english, params object?[] args] =>
        string.Format(CultureInfo.CurrentCulture, Translate(english, CurrentLanguage), args);

    public string Translate(string english, string language) =>
        language == "fr" && _french.TryGetValue(english, out var fr) ? fr : english[(english.IndexOf(ContextSeparator) + 1)..];

    public bool HasFrench(string english) => _french.ContainsKey(english);

    public IEnumerable<string> Keys => _french.Keys;

    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? "fr" : "en";
}
