using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;

namespace Recruiting.Core.Workflow;

public sealed partial class PostingWorkflow
{
    /// <summary>
    /// A new draft made from any posting's current draft: a job posted again, or a similar job. The copy is a job of its
    /// own (its own slug, "{slug}-copy", and translation key) and leaves the original what only it may hold or what no
    /// longer holds for a new round: the leverId (one Lever job per posting), the aliases and legacy addresses (they
    /// redirect to the original), and the closing date. It is created through <see cref="CreateAsync"/>, so the same
    /// checks, revision and audit line apply.
    /// </summary>
    public async Task<WorkflowResult> DuplicateAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        if (!actor.CanAuthor) return Forbidden();
        var source = await db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (source is null) return NotFound(id);
        var content = source.Draft with { LeverId = null, Aliases = [], Urls = [], ClosingAt = null };
        var slug = await FreeCopySlugAsync(source.Language, source.Slug, ct);
        return await CreateAsync(new PostingInput(source.Language, slug, "", content), actor, ct);
    }

    private async Task<string> FreeCopySlugAsync(string language, string slug, CancellationToken ct)
    {
        for (var n = 1; ; n++)
        {
            var suffix = n == 1 ? "-copy" : $"-copy-{n}";
            var candidate = (slug.Length + suffix.Length <= PostingLimits.Slug ? slug : slug[..(PostingLimits.Slug - suffix.Length)].TrimEnd('-')) + suffix;
            if (!await SlugHeldByAnotherAsync(Guid.Empty, language, candidate, ct)) return candidate;
        }
    }
}
