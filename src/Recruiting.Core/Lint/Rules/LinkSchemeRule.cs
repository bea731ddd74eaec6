using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Recruiting.Core.Lint.Rules;

/// <summary>
/// A link whose address names a scheme other than http, https or mailto (`[x](htp:/broken link)`, `javascript:`):
/// readers cannot follow it. Found both where Markdown made a link and where it did not (a space in the address leaves
/// the brackets as text); an address without a scheme (`/en/careers/`, `#apply`) is a relative link, and fine.
/// </summary>
public sealed partial class LinkSchemeRule : IContentRule
{
    public const string Id = "link-scheme";
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" };

    public IEnumerable<LintFinding> Check(LintedContent content)
    {
        // One finding per line and scheme: Markdown and the pattern may both see a link, and cut it differently.
        var found = new HashSet<(int, string)>();
        var parsed = content.Document.Descendants<LinkInline>().Select(l => (l.Line + 1, l.Url))
            .Concat(content.Document.Descendants<AutolinkInline>().Select(l => (l.Line + 1, (string?)l.Url)));
        foreach (var (line, url) in parsed)
            if (Scheme(url) is { } scheme && !Allowed.Contains(scheme) && found.Add((line, scheme.ToLowerInvariant())))
                yield return Finding(line, url!.Trim(), scheme);
        for (var i = 0; i < content.Lines.Count; i++)
        {
            if (content.IsCode(i + 1)) continue;
            foreach (Match m in WrittenLink().Matches(content.Lines[i]))
                if (!Allowed.Contains(m.Groups["scheme"].Value) && found.Add((i + 1, m.Groups["scheme"].Value.ToLowerInvariant())))
                    yield return Finding(i + 1, m.Groups["url"].Value.Trim(), m.Groups["scheme"].Value);
        }
    }

    private static string? Scheme(string? url) => url is null ? null : SchemePrefix().Match(url.Trim()) is { Success: true } m ? m.Groups[1].Value : null;

    private static LintFinding Finding(int line, string url, string scheme) =>
        LintFinding.Of(Id, "BodyMarkdown", line, LintText.LinkScheme, LintText.LinkSchemeFix, url, scheme);

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):")]
    private static partial Regex SchemePrefix();

    /// <summary>`[text](scheme:…)` as written, whether or not Markdown read it as a link.</summary>
    [GeneratedRegex(@"\[[^\[\]\n]*\]\(\s*<?(?<url>(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*):[^)\n>]*)>?\)")]
    private static partial Regex WrittenLink();
}
