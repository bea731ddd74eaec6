using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Recruiting.Core.Rendering;

/// <summary>
/// Renders a parsed body to HTML exactly as <see cref="MarkdownPipelines.Body"/> does, noting where in the output each
/// piece of raw HTML the author wrote (an <see cref="HtmlBlock"/> or <see cref="HtmlInline"/>) was written, so that
/// what the sanitizer removes from the page can be traced back to it.
/// </summary>
internal static class RawHtmlLocator
{
    /// <summary>Where a piece of raw HTML landed in the output: [<see cref="Start"/>, <see cref="End"/>), in document order.</summary>
    public readonly record struct Span(int Start, int End, MarkdownObject Source);

    /// <summary>Each thread writes into its own buffer, kept from one body to the next, as Markdig's own rendering does.</summary>
    [ThreadStatic] private static StringWriter? t_writer;

    public static (string Html, List<Span> Spans) Render(MarkdownDocument document)
    {
        var writer = t_writer ??= new StringWriter();
        writer.GetStringBuilder().Clear();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelines.Body.Setup(renderer);
        var spans = new List<Span>();
        var text = writer.GetStringBuilder();
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new BlockRenderer(spans, text));
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new InlineRenderer(spans, text));
        renderer.Render(document);
        writer.Flush();
        return (writer.ToString(), spans);
    }

    private sealed class BlockRenderer(List<Span> spans, System.Text.StringBuilder text) : HtmlBlockRenderer
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            var start = text.Length;
            base.Write(renderer, obj);
            spans.Add(new Span(start, text.Length, obj));
        }
    }

    private sealed class InlineRenderer(List<Span> spans, System.Text.StringBuilder text) : HtmlInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj)
        {
            var start = text.Length;
            base.Write(renderer, obj);
            spans.Add(new Span(start, text.Length, obj));
        }
    }
}
