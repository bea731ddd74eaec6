using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Renderers;

namespace Recruiting.Core.Rendering;

/// <summary>
/// Bare addresses linked as Hugo's Goldmark linkify linked them: <c>http://</c>, <c>https://</c>, <c>ftp://</c> and
/// <c>www.</c> (as https), but not text starting with <c>mailto:</c> or <c>tel:</c>, so that
/// <c>[the team] (mailto:jobs@example.org)</c> reads as the plain text it was on the legacy site. Use after
/// <see cref="AutoLinkExtension"/>, whose parser it narrows.
/// </summary>
public sealed class HugoLinkify : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var parser = pipeline.InlineParsers.Find<AutoLinkParser>()
            ?? throw new InvalidOperationException("HugoLinkify needs UseAutoLinks() before it.");
        parser.OpeningCharacters = parser.OpeningCharacters!.Where(c => c is not ('m' or 't')).ToArray();
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
