using Markdig;
using Markdig.Extensions.AutoLinks;

namespace Recruiting.Core.Rendering;

/// <summary>
/// The Markdig pipeline of posting bodies, built once and shared (a built pipeline is immutable and thread-safe):
/// CommonMark, pipe tables, autolinks and typography as Hugo's Goldmark rendered the legacy site; raw HTML is let
/// through for the sanitizer.
/// </summary>
public static class MarkdownPipelines
{
    public static MarkdownPipeline Body { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
        .Use<HugoLinkify>()
        .Use<HugoTypographer>()
        .Build();
}
