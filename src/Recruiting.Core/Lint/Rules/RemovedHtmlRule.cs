using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Recruiting.Core.Rendering;

namespace Recruiting.Core.Lint.Rules;

/// <summary>
/// Raw HTML (and link addresses) that the sanitizer removes: the author wrote something the public will never see.
/// What it removes from a piece of raw HTML is read from the body's own rendering (<see cref="LintedContent.Rendered"/>),
/// so the body is parsed as HTML once; a piece the page cannot tell about is parsed alone.
/// </summary>
public sealed partial class RemovedHtmlRule : IContentRule
{
    public const string Id = "removed-html";
    private readonly SafeHtmlSanitizer _sanitizer = new();

    public IEnumerable<LintFinding> Check(LintedContent content)
    {
        foreach (var block in content.Document.Descendants<HtmlBlock>().Where(b => !HasOnlyBareAllowedTags(b.Lines.ToString())))
            foreach (var removed in content.Rendered.RemovalsFrom(block) ?? _sanitizer.Removals(block.Lines.ToString()))
                yield return Finding(block.Line + 1, removed);
        foreach (var html in content.Document.Descendants<HtmlInline>().Where(h => !IsBareAllowedTag(h.Tag)))
            foreach (var removed in content.Rendered.RemovalsFrom(html) ?? _sanitizer.Removals(html.Tag))
                yield return Finding(html.Line + 1, removed);
        foreach (var link in content.Document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (!_sanitizer.KeepsAddress(url, link.IsImage))
                yield return Finding(link.Line + 1, link.IsImage ? LintText.RemovedImageAddress : LintText.RemovedLinkAddress, $"{UrlScheme.Of(url)}:");
        }
        foreach (var link in content.Document.Descendants<AutolinkInline>())
            if (!_sanitizer.KeepsAddress(link.Url, image: false))
                yield return Finding(link.Line + 1, LintText.RemovedLinkAddress, $"{UrlScheme.Of(link.Url)}:");
    }

    /// <summary>An allowed element's tag without attributes, such as &lt;strong&gt; or &lt;/p&gt;: the sanitizer removes nothing of it.</summary>
    private static bool IsBareAllowedTag(string tag) =>
        BareTag().Match(tag) is { Success: true } m && (HtmlAllowList.IsAllowedElement(m.Groups[1].Value) || m.Groups[1].Value.Equals("h1", StringComparison.OrdinalIgnoreCase));

    /// <summary>An HTML block whose every tag is a bare allowed one and has no comment or declaration.</summary>
    private static bool HasOnlyBareAllowedTags(string html) =>
        !html.Contains("<!", StringComparison.Ordinal) && !html.Contains("<?", StringComparison.Ordinal)
        && AnyTag().Matches(html).All(m => IsBareAllowedTag(m.Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"^</?([a-zA-Z][a-zA-Z0-9]*)\s*/?>$")]
    private static partial System.Text.RegularExpressions.Regex BareTag();

    [System.Text.RegularExpressions.GeneratedRegex(@"<[^>]*>?")]
    private static partial System.Text.RegularExpressions.Regex AnyTag();

    private static LintFinding Finding(int line, LintText message, params string[] args) =>
        LintFinding.Of(Id, "BodyMarkdown", line, message, LintText.RemovedHtmlFix, args);

    /// <summary>What the sanitizer removed, said by its kind: the sentence names the element and the attribute or address.</summary>
    private static LintFinding Finding(int line, RemovedMarkup removed) =>
        Finding(line, removed.Reason switch
        {
            RemovalReason.DangerousElement => LintText.RemovedElement,
            RemovalReason.UnknownElement => LintText.RemovedTag,
            RemovalReason.EventHandler => LintText.RemovedEventHandler,
            RemovalReason.StyleAttribute => LintText.RemovedStyle,
            RemovalReason.UnsafeUrl => LintText.RemovedUnsafeUrl,
            _ => LintText.RemovedAttribute,
        }, removed.Element, removed.Markup);
}
