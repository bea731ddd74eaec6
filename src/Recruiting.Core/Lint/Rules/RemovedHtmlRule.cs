using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Recruiting.Core.Rendering;

namespace Recruiting.Core.Lint.Rules;

/// <summary>Raw HTML (and link addresses) that the sanitizer removes: the author wrote something the public will never see.</summary>
public sealed class RemovedHtmlRule : IContentRule
{
    public const string Id = "removed-html";
    private readonly SafeHtmlSanitizer _sanitizer = new();

    public IEnumerable<LintFinding> Check(LintedContent content)
    {
        foreach (var block in content.Document.Descendants<HtmlBlock>())
            foreach (var removed in _sanitizer.Sanitize(block.Lines.ToString()).Removed)
                yield return Finding(block.Line + 1, removed.Describe());
        foreach (var html in content.Document.Descendants<HtmlInline>())
            foreach (var removed in _sanitizer.Sanitize(html.Tag).Removed)
                yield return Finding(html.Line + 1, removed.Describe());
        foreach (var link in content.Document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (!(link.IsImage ? SafeUrl.IsSafeImage(url) : SafeUrl.IsSafeLink(url)))
                yield return Finding(link.Line + 1, $"the unsafe {(link.IsImage ? "image" : "link")} address {SafeUrl.SchemeOf(url)}:");
        }
        foreach (var link in content.Document.Descendants<AutolinkInline>())
            if (!SafeUrl.IsSafeLink(link.Url))
                yield return Finding(link.Line + 1, $"the unsafe link address {SafeUrl.SchemeOf(link.Url)}:");
    }

    private static LintFinding Finding(int line, string what) => new(Id, "BodyMarkdown", line,
        $"The sanitizer removes {what}: it never reaches the public page.",
        "Delete it from the body, or rewrite it with Markdown or allowed HTML (no scripts, styles, event handlers, forms or embeds).");
}
