using Markdig;

namespace Recruiting.Core.Rendering;

/// <summary>Turns a posting's Markdown body into the safe HTML the public sees. Built once, thread-safe.</summary>
public sealed class BodyRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml() // TODO(rendering): replace with the allow-list sanitizer
        .Build();

    public string Render(string markdown) => Markdown.ToHtml(markdown ?? "", _pipeline);
}
