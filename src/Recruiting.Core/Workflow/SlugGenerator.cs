using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Recruiting.Core.Workflow;

public static partial class SlugGenerator
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();

    public static bool IsValid(string slug) => slug.Length <= PostingLimits.Slug && ValidSlug().IsMatch(slug);

    /// <summary>Characters of a slug made from a title: short enough to read in an address.</summary>
    public const int MaxGenerated = 120;

    /// <summary>
    /// The first <see cref="MaxGenerated"/> characters, ending at the last whole word: "senior-data-engineer" is never
    /// cut to "senior-data-eng". One word longer than the limit is cut where the limit falls.
    /// </summary>
    private static string CutAtWord(string slug)
    {
        if (slug[MaxGenerated] == '-') return slug[..MaxGenerated];
        var lastDash = slug.LastIndexOf('-', MaxGenerated - 1);
        return lastDash > 0 ? slug[..lastDash] : slug[..MaxGenerated];
    }

    /// <summary>“Chef de l’ingénierie” → chef-de-l-ingenierie: accents folded, anything else a single dash.</summary>
    public static string FromText(string text)
    {
        var folded = Content.XmlChars.Strip(text).Normalize(NormalizationForm.FormD); // Normalize throws on what XML cannot carry
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c) switch { 'æ' => "ae", 'œ' => "oe", 'ß' => "ss", var x => x.ToString() };
            foreach (var l in lower)
                sb.Append(l is >= 'a' and <= 'z' or >= '0' and <= '9' ? l : '-');
        }
        var slug = Regex.Replace(sb.ToString(), "-{2,}", "-").Trim('-');
        return slug.Length > MaxGenerated ? CutAtWord(slug) : slug;
    }
}
