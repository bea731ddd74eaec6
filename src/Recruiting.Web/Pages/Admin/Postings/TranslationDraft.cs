using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// Starts the other language's version of a posting: a draft with the same translation key, pre-filled with its content
/// and flagged "to translate" (<see cref="PostingContent.TranslateFrom"/>): the editor says so and shows the original's
/// text beside, and publishing is refused until the author marks the text translated. Old addresses stay with the
/// original, so aliases and legacy URLs are not copied.
/// </summary>
public sealed class TranslationDraft(PostingWorkflow workflow)
{
    public async Task<WorkflowResult> CreateAsync(Posting original, Actor actor, CancellationToken ct = default)
    {
        var language = Languages.Other(original.Language);
        var content = original.Draft with { Aliases = [], Urls = [], TranslateFrom = original.Language };
        var result = await workflow.CreateAsync(new PostingInput(language, original.Slug, original.TranslationKey, content), actor, ct);
        if (result.Errors.Any(e => e.Code == "slug-taken"))
            result = await workflow.CreateAsync(new PostingInput(language, $"{original.Slug}-{language}", original.TranslationKey, content), actor, ct);
        return result;
    }
}
