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
}
