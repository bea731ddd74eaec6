using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Recruiting.Core.Workflow;

public static partial class SlugGenerator
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();

    public static bool IsValid(string slug) => slug.Length <= PostingLimits.Slug && ValidSlug().IsMatch(slug);

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
        return slug.Length > 120 ? slug[..120].TrimEnd('-') : slug;
    }
}
