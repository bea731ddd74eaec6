namespace Recruiting.Core.Content;

/// <summary>
/// Tells English from French by counting frequent function words; null when neither clearly wins. The importer decides a
/// file's language with it, and the editor's checks compare a body's language with its posting's.
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "to", "in", "is", "you", "that", "for", "with", "are", "we", "our", "your", "on", "as", "be", "will", "this", "an",
    };
    private static readonly HashSet<string> French = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "et", "des", "du", "de", "un", "une", "vous", "nous", "est", "pour", "dans", "que", "qui", "sur", "au", "aux", "avec",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishWords = English.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchWords = French.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lower-casing keeps a word's length, so a longer word is none of them.</summary>
    private static readonly int LongestWord = English.Concat(French).Max(w => w.Length);

    private const int SampleLength = 4000;

    /// <summary>
    /// Counts the words (runs of letters, as the regular expression \p{L}+ finds them: <see cref="char.IsLetter(char)"/> is
    /// the same set) of the text's first 4,000 characters, without allocating: this runs for every imported file.
    /// </summary>
    public static string? Detect(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        Span<char> lower = stackalloc char[LongestWord];
        int en = 0, fr = 0;
        for (var i = 0; i < sample.Length;)
        {
            if (!char.IsLetter(sample[i])) { i++; continue; }
            var start = i;
            while (i < sample.Length && char.IsLetter(sample[i])) i++;
            if (i - start > LongestWord) continue;
            var word = lower[..sample[start..i].ToLowerInvariant(lower)];
            if (EnglishWords.Contains(word)) en++;
            else if (FrenchWords.Contains(word)) fr++;
        }
        if (en + fr < 2) return null;
        if (fr > en * 1.5) return Languages.French;
        if (en > fr * 1.5) return Languages.English;
        return null;
    }
}
