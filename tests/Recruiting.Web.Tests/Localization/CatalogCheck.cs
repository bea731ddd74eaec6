using System.Text.RegularExpressions;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Tests.Localization;

/// <summary>A text the code asks an area for: its catalog, its key and where it is asked.</summary>
public sealed record UsedText(Type Area, string Key, string Where);

/// <summary>
/// What is wrong with a set of catalogs: a key written twice in one catalog with two different translations, an entry
/// without English or French, French that breaks French typography or loses a placeholder, and a key the code uses
/// that its area's catalog lacks.
/// </summary>
public static partial class CatalogCheck
{
    // A colon, semicolon, exclamation or question mark in running text must follow a no-break space (U+00A0 or U+202F).
    // A colon glued to what follows (https://, 10:30) is not punctuation of the sentence.
    [GeneratedRegex(@"(?<![\u00A0\u202F])(?:[;!?]|:(?=\s|$))")]
    private static partial Regex HighPunctuationWithoutNoBreakSpace();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    public static List<string> Problems(IEnumerable<TextCatalog> catalogs, IEnumerable<UsedText> used)
    {
        var problems = new List<string>();
        var byArea = catalogs.ToDictionary(c => c.GetType());
        foreach (var (area, catalog) in byArea)
        {
            foreach (var key in catalog.French.Written.GroupBy(e => e.Key).Where(g => g.Select(e => (e.English, e.French)).Distinct().Count() > 1))
                problems.Add($"{area.Name}: \"{key.Key}\" has two different translations: {string.Join(" / ", key.Select(e => $"\"{e.French}\""))}");
            foreach (var entry in catalog.French.Written)
            {
                if (string.IsNullOrWhiteSpace(entry.English) || string.IsNullOrWhiteSpace(entry.French))
                    problems.Add($"{area.Name}: \"{entry.Key}\" has no {(string.IsNullOrWhiteSpace(entry.French) ? "French" : "English")}");
                else
                {
                    if (HighPunctuationWithoutNoBreakSpace().Match(entry.French) is { Success: true } m)
                        problems.Add($"{area.Name}: \"{entry.Key}\": the French needs a no-break space (\\u00A0) before '{m.Value}': \"{entry.French}\"");
                    var english = Placeholders(entry.English);
                    if (!english.SetEquals(Placeholders(entry.French)))
                        problems.Add($"{area.Name}: \"{entry.Key}\": the French does not have the placeholders {string.Join(" ", english.Order())}: \"{entry.French}\"");
                }
            }
        }
        foreach (var text in used.DistinctBy(t => (t.Area, t.Key)))
            if (!byArea.TryGetValue(text.Area, out var catalog))
                problems.Add($"{text.Where}: no catalog {text.Area.Name} for \"{text.Key}\"");
            else if (!catalog.French.TryGet(text.Key, out _))
                problems.Add($"{text.Where}: \"{text.Key}\" is missing from {text.Area.Name}");
        return problems;
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();
}
