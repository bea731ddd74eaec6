using Markdig.Syntax;

namespace Recruiting.Core.Rendering;

/// <summary>
/// A body's safe HTML, and what the sanitizer removed from each piece of raw HTML its author wrote (an
/// <see cref="HtmlBlock"/> or <see cref="Markdig.Syntax.Inlines.HtmlInline"/>), as read from the page itself
/// (<see cref="BodyRenderer.RenderLocated"/>).
/// </summary>
public sealed class RenderedBody(string html, IReadOnlyDictionary<MarkdownObject, List<RemovedMarkup>> removals)
{
    public string Html { get; } = html;

    /// <summary>
    /// What the sanitizer removed from what <paramref name="rawHtml"/> wrote, in the order it found them; null when the
    /// page cannot tell: the piece wrote no element (inside raw text, or a table part out of a table), an element of it
    /// was parsed inside another piece's raw HTML, or the page has a removal no tag wrote. Then only parsing the piece
    /// alone says what it holds.
    /// </summary>
    public IReadOnlyList<RemovedMarkup>? RemovalsFrom(MarkdownObject rawHtml) => removals.GetValueOrDefault(rawHtml);
}
