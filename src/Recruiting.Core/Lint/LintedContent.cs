using Markdig.Syntax;
using Recruiting.Core.Content;
using Recruiting.Core.Rendering;

namespace Recruiting.Core.Lint;

/// <summary>A posting's content with its body parsed once by the public pipeline, shared by the per-posting rules.</summary>
public sealed class LintedContent
{
    public PostingContent Content { get; }
    /// <summary>The parsed body; empty when <see cref="BodyProblem"/> says why it cannot be rendered.</summary>
    public MarkdownDocument Document { get; }
    public BodyProblem? BodyProblem { get; }
    /// <summary>The body's lines, as the editor shows them (line 1 is <c>Lines[0]</c>).</summary>
    public IReadOnlyList<string> Lines { get; }
    private readonly HashSet<int> _codeLines;
    private RenderedBody? _rendered;
    private static readonly BodyRenderer Renderer = new();

    public LintedContent(PostingContent content)
    {
        Content = content;
        var body = LegacyText.Normalize(content.BodyMarkdown);
        Lines = body.Split('\n');
        var parsed = MarkdownBody.Parse(content.BodyMarkdown);
        (Document, BodyProblem) = (parsed.Document, parsed.Problem);
        _codeLines = Document.Descendants<CodeBlock>()
            .SelectMany(b => Enumerable.Range(b.Line + 1, Math.Max(1, b.Lines.Count + (b is FencedCodeBlock ? 2 : 0))))
            .ToHashSet();
    }

    /// <summary>
    /// The body's public HTML, rendered when first asked, with what the sanitizer removed from its raw HTML: the
    /// removed-html rule reads the removals, and the import stores this HTML, so the body is sanitized once.
    /// </summary>
    public RenderedBody Rendered => _rendered ??= Renderer.RenderLocated(Document);

    /// <summary>True for a 1-based line inside a code block, where Markdown and HTML are only text.</summary>
    public bool IsCode(int line) => _codeLines.Contains(line);
}
