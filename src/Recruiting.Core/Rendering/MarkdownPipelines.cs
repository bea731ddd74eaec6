using Markdig;

namespace Recruiting.Core.Rendering;

/// <summary>
/// The Markdig pipeline of posting bodies, built once and shared (a built pipeline is immutable and thread-safe):
/// CommonMark, pipe tables and autolinks; raw HTML is let through for the sanitizer.
/// </summary>
public static class MarkdownPipelines
{
    public static MarkdownPipeline Body { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();
}
