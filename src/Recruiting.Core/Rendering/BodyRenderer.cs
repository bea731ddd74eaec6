using Markdig;
using Markdig.Syntax;

namespace Recruiting.Core.Rendering;

/// <summary>
/// Turns a posting's Markdown body into the safe HTML the public sees: legacy text evened out, Markdown rendered
/// by the shared pipeline, then the allow-list sanitizer. The same path serves publishing and the console preview.
/// Stateless and thread-safe.
/// </summary>
public sealed class BodyRenderer
{
    private readonly SafeHtmlSanitizer _sanitizer = new();

    public string Render(string markdown) => RenderWithReport(markdown).Html;

    /// <summary>The safe HTML and what the sanitizer had to remove from the rendered Markdown.</summary>
    public SanitizeResult RenderWithReport(string markdown) =>
        _sanitizer.Sanitize(Markdown.ToHtml(LegacyText.Normalize(markdown), MarkdownPipelineFactory.Body));

    /// <summary>Renders a body already parsed by the shared pipeline (see <see cref="Lint.LintedContent"/>), saving a second parse.</summary>
    public string Render(MarkdownDocument document) => _sanitizer.Sanitize(document.ToHtml(MarkdownPipelineFactory.Body)).Html;
}
