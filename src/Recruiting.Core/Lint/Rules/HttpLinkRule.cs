using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Recruiting.Core.Lint.Rules;

/// <summary>`http://` addresses: unencrypted, and browsers warn about or block them (mixed content for images).</summary>
public sealed partial class HttpLinkRule : IContentRule
{
    public const string Id = "http-link";

    public IEnumerable<LintFinding> Check(LintedContent content)
    {
        foreach (var link in content.Document.Descendants<LinkInline>())
            if (IsHttp(link.Url)) yield return Finding(link.Line + 1, link.Url!);
        foreach (var link in content.Document.Descendants<AutolinkInline>())
            if (IsHttp(link.Url)) yield return Finding(link.Line + 1, link.Url);
        foreach (var block in content.Document.Descendants<HtmlBlock>())
            for (var i = 0; i < block.Lines.Count; i++)
                foreach (Match m in HtmlHttpAttribute().Matches(block.Lines.Lines[i].Slice.ToString()))
                    yield return Finding(block.Line + 1 + i, m.Groups[1].Value);
        foreach (var html in content.Document.Descendants<HtmlInline>())
            foreach (Match m in HtmlHttpAttribute().Matches(html.Tag))
                yield return Finding(html.Line + 1, m.Groups[1].Value);
    }

    private static bool IsHttp(string? url) => url?.TrimStart().StartsWith("http://", StringComparison.OrdinalIgnoreCase) == true;

    private static LintFinding Finding(int line, string url) =>
        LintFinding.Of(Id, "BodyMarkdown", line, LintText.HttpLink, LintText.HttpLinkFix, url);

    [GeneratedRegex(@"(?:href|src)\s*=\s*[""']?\s*(http://[^""'\s>]*)", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlHttpAttribute();
}
