using System.Text.RegularExpressions;

namespace Recruiting.Core.Content;

/// <summary>
/// Tells English from French by counting frequent function words; null when neither clearly wins. The importer decides a
/// file's language with it, and the editor's checks compare a body's language with its posting's.
/// </summary>
public static partial class LanguageDetector
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "to", "in", "is", "you", "that", "for", "with", "are", "we", "our", "your", "on", "as", "be", "will", "this", "an",
    };
    private static readonly HashSet<string> French = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "et", "des", "du", "de", "un", "une", "vous", "nous", "est", "pour", "dans", "que", "qui", "sur", "au", "aux", "avec",
    };

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    public static string? Detect(string text)
    {
        var sample = text.Length > 4000 ? text[..4000] : text;
        int en = 0, fr = 0;
        foreach (Match m in Word().Matches(sample))
        {
            var w = m.Value.ToLowerInvariant();
            if (English.Contains(w)) en++;
            else if (French.Contains(w)) fr++;
        }
        if (en + fr < 2) return null;
        if (fr > en * 1.5) return Languages.French;
        if (en > fr * 1.5) return Languages.English;
        return null;
    }
}
