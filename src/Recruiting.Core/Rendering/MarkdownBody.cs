using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Recruiting.Core.Rendering;

/// <summary>A posting body parsed by the shared pipeline, or, when it cannot be rendered safely, why (with an empty document).</summary>
public sealed record MarkdownBody(string Source, MarkdownDocument Document, BodyProblem? Problem)
{
    /// <summary>
    /// Blocks and inlines (quotes, lists, emphasis, links) inside each other. Markdig refuses about 128 levels, when
    /// parsing or only later when rendering (5,000 nested emphases parse, then fail to render): the bound is kept
    /// below both, so a body that passes here always renders.
    /// </summary>
    public const int MaxDepth = 100;

    /// <summary>
    /// Parses a body (legacy text evened out first). A body over the length limit is not parsed at all, and two
    /// shapes are refused rather than rendered: Markdown nested past <see cref="MaxDepth"/>, and raw HTML nested past
    /// <see cref="HtmlNesting"/>'s bounds, which would cost the HTML parser time and memory far beyond the body's length.
    /// </summary>
    public static MarkdownBody Parse(string? markdown)
    {
        if (markdown?.Length > Workflow.PostingLimits.Body)
            return Refused(markdown, new("body-too-long", $"The body is longer than {Workflow.PostingLimits.Body} characters.", $"{Workflow.PostingLimits.Body}"));
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(LegacyText.Normalize(markdown), MarkdownPipelines.Body);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            return Refused(markdown, TooDeep);
        }
        if (Depth(document) > MaxDepth) return Refused(markdown, TooDeep);
        return HtmlNesting.Check(document) is { } problem ? Refused(markdown, problem) : new MarkdownBody(markdown ?? "", document, null);
    }

    private static readonly BodyProblem TooDeep = new("body-too-nested", $"The body nests quotes, lists, emphasis or links more than {MaxDepth} levels deep.", $"{MaxDepth}");

    /// <summary>The deepest nesting of blocks and inlines, walked without recursion.</summary>
    private static int Depth(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            if (depth > MaxDepth) break;
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container) pending.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling) pending.Push((child, depth + 1));
                    break;
            }
        }
        return deepest;
    }

    private static MarkdownBody Refused(string? markdown, BodyProblem problem) => new(markdown ?? "", Markdown.Parse("", MarkdownPipelines.Body), problem);
}
