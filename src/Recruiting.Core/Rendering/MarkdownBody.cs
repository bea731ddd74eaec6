using Markdig;
using Markdig.Syntax;

namespace Recruiting.Core.Rendering;

/// <summary>A posting body parsed by the shared pipeline, or, when it cannot be rendered safely, why (with an empty document).</summary>
public sealed record MarkdownBody(string Source, MarkdownDocument Document, string? Problem)
{
    /// <summary>
    /// Parses a body (legacy text evened out first). A body over the length limit is not parsed at all, and two
    /// shapes are refused rather than rendered: blocks nested deeper
    /// than Markdig allows (it throws), and raw HTML nested past <see cref="HtmlNesting"/>'s bounds, which would cost
    /// the HTML parser time and memory far beyond the body's length.
    /// </summary>
    public static MarkdownBody Parse(string? markdown)
    {
        if (markdown?.Length > Workflow.PostingLimits.Body)
            return Refused(markdown, $"The body is longer than {Workflow.PostingLimits.Body:N0} characters.");
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(LegacyText.Normalize(markdown), MarkdownPipelineFactory.Body);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            return Refused(markdown, $"The body nests quotes, lists or emphasis deeper than the Markdown parser allows ({MarkdigDepthLimit} levels).");
        }
        return HtmlNesting.Check(document) is { } problem ? Refused(markdown, problem) : new MarkdownBody(markdown ?? "", document, null);
    }

    /// <summary>Markdig's own bound on nested blocks, which it enforces by throwing.</summary>
    public const int MarkdigDepthLimit = 128;

    private static MarkdownBody Refused(string? markdown, string problem) => new(markdown ?? "", Markdown.Parse("", MarkdownPipelineFactory.Body), problem);
}
