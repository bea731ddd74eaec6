using System.Text.RegularExpressions;

namespace Recruiting.Legacy.Hugo;

/// <summary>
/// What the importer puts in a required field the legacy file left out, derived from the body alone so that
/// the exporter can tell a derived value from one an editor wrote.
/// </summary>
public static partial class DerivedText
{
    public const int DescriptionLength = 300;

    [GeneratedRegex(@"<[^>]+>")] private static partial Regex Tag();
    [GeneratedRegex(@"!?\[([^\]]*)\]\s?\([^)]*\)")] private static partial Regex Link();
    [GeneratedRegex(@"[*_`>#]+|&nbsp;|&amp;")] private static partial Regex Markup();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();

    /// <summary>The first heading, else the first line of text, else "Untitled posting".</summary>
    public static string Title(string body)
    {
        var lines = Lines(body).Select(Plain).Where(l => l.Length > 0).ToList();
        var heading = Lines(body).FirstOrDefault(l => l.TrimStart().StartsWith('#'));
        var title = heading is not null ? Plain(heading) : lines.FirstOrDefault() ?? "";
        return title.Length == 0 ? "Untitled posting" : Cut(title, 200);
    }

    /// <summary>The first paragraph that is not a heading, as plain text, cut at a word near 300 characters.</summary>
    public static string Description(string body)
    {
        var paragraph = Regex.Split(body.Replace("\r\n", "\n"), @"\n\s*\n")
            .Select(p => p.Trim())
            .Where(p => p.Length > 0 && !p.StartsWith('#'))
            .Select(Plain)
            .FirstOrDefault(p => p.Length > 0);
        return paragraph is null ? Title(body) : Cut(paragraph, DescriptionLength);
    }

    private static IEnumerable<string> Lines(string body) => body.Replace("\r\n", "\n").Split('\n');

    private static string Plain(string text)
    {
        var t = Tag().Replace(text, " ");
        t = Link().Replace(t, "$1");
        t = Markup().Replace(t, " ");
        t = Spaces().Replace(t, " ").Trim();
        return t.TrimStart('-', '+', ' ');
    }

    private static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
