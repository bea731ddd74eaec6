using System.Net;
using Markdig;
using Markdig.Syntax;

namespace Recruiting.Core.Rendering;

/// <summary>
/// Turns a posting's Markdown body into the safe HTML the public sees: legacy text evened out, Markdown rendered
/// by the shared pipeline, then the allow-list sanitizer. The same path serves publishing and the console preview.
/// Never throws: a body <see cref="MarkdownBody"/> refuses (the save pipeline never stores one, but older rows may
/// hold one) is shown as escaped text. Stateless and thread-safe.
/// </summary>
public sealed class BodyRenderer
{
    private readonly SafeHtmlSanitizer _sanitizer = new();

    public string Render(string markdown) => Render(MarkdownBody.Parse(markdown));

    public string Render(MarkdownBody body) => body.Problem is null
        ? Render(body.Document)
        : "<pre>" + WebUtility.HtmlEncode(LegacyText.Normalize(body.Source)) + "</pre>";

    /// <summary>Renders a body already parsed by the shared pipeline (see <see cref="Lint.LintedContent"/>), saving a second parse.</summary>
    public string Render(MarkdownDocument document) => _sanitizer.Sanitize(document.ToHtml(MarkdownPipelines.Body)).Html;

    /// <summary>
    /// <see cref="Render(MarkdownDocument)"/>, the same HTML, with what the sanitizer removed from each piece of raw
    /// HTML the author wrote, traced through where each element starts in the page (see <see cref="RenderedBody.RemovalsFrom"/>).
    /// </summary>
    public RenderedBody RenderLocated(MarkdownDocument document)
    {
        var (html, spans) = RawHtmlLocator.Render(document);
        var removals = new Dictionary<MarkdownObject, List<RemovedMarkup>>();
        if (spans.Count == 0) return new RenderedBody(_sanitizer.Sanitize(html).Html, removals);
        var page = _sanitizer.SanitizeLocated(html);
        if (page.Removed.Any(r => r.At < 0)) return new RenderedBody(page.Html, removals);
        foreach (var span in Traceable(spans, page.Elements)) removals[spans[span].Source] = [];
        foreach (var removal in page.Removed)
            if (SpanAt(spans, removal.At) is >= 0 and var span && removals.TryGetValue(spans[span].Source, out var removed)) removed.Add(removal.Removed);
        return new RenderedBody(page.Html, removals);
    }

    /// <summary>
    /// The spans whose removals the page tells: those that wrote an element, and none parsed inside an element another
    /// span wrote (the nearest one, past what Markdown wrote) or out of the page, where a piece parsed alone could read otherwise.
    /// </summary>
    private static IEnumerable<int> Traceable(List<RawHtmlLocator.Span> spans, IReadOnlyList<LocatedElement> elements)
    {
        var inside = new Dictionary<int, int>(elements.Count);
        foreach (var element in elements) inside[element.At] = element.InsideAt;
        var (wrote, nested) = (new bool[spans.Count], new bool[spans.Count]);
        foreach (var element in elements)
        {
            var span = SpanAt(spans, element.At);
            if (span < 0) continue;
            wrote[span] = true;
            nested[span] |= element.InsideAt == LocatedElement.OutsideThePage;
            for (var outer = element.InsideAt; outer >= 0; outer = inside[outer])
                if (SpanAt(spans, outer) is >= 0 and var outerSpan)
                {
                    nested[span] |= outerSpan != span;
                    break;
                }
        }
        return Enumerable.Range(0, spans.Count).Where(i => wrote[i] && !nested[i]);
    }

    /// <summary>The index of the span holding <paramref name="at"/>, or -1.</summary>
    private static int SpanAt(List<RawHtmlLocator.Span> spans, int at)
    {
        if (at < 0) return -1;
        var (low, high) = (0, spans.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (at < spans[middle].Start) high = middle - 1;
            else if (at >= spans[middle].End) low = middle + 1;
            else return middle;
        }
        return -1;
    }
}
