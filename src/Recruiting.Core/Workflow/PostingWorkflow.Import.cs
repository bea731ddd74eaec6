using Recruiting.Core.Content;
using Recruiting.Core.Delivery;

namespace Recruiting.Core.Workflow;

public sealed partial class PostingWorkflow
{
    /// <summary>
    /// Creates or updates a posting from a legacy file and publishes it as it was (archived if the file says so),
    /// with an "import" revision, a "posting.import" audit line and its redirects, in one transaction.
    /// A posting edited in the CMS since its last import is a conflict unless <see cref="PostingImport.Force"/>.
    /// </summary>
    public async Task<WorkflowResult> ImportAsync(PostingImport import, Actor actor, CancellationToken ct = default)
    {
        if (!actor.CanPublish) return Forbidden();
        Posting? posting = null;
        if (import.ExistingId is { } id)
        {
            posting = await FindAsync(id, ct);
            if (posting is null) return NotFound(id);
            if (!import.Force && posting.Version > (posting.ImportedVersion ?? 0))
                return WorkflowResult.Fail(WorkflowOutcome.Conflict, "edited-since-import",
                    "This posting was edited in the CMS since it was last imported; it was left as it is.", posting);
        }
        var (errors, warnings) = await ValidateAsync(import.Input, posting, ct);
        if (errors.Count > 0) return WorkflowResult.Invalid(errors, warnings);

        var now = clock.GetUtcNow();
        var isNew = posting is null;
        var wasVisible = posting is not null && PublicPostings.IsVisible(posting);
        var wasArchived = posting?.Status == PostingStatus.Archived;
        var before = posting?.Draft ?? new PostingContent();
        if (posting is null)
        {
            posting = new Posting { CreatedAt = now };
            db.Postings.Add(posting);
        }
        else if (posting.Slug != import.Input.Slug || posting.Language != import.Input.Language)
            await KeepOldUrlAsync(posting, now, ct);

        posting.Language = import.Input.Language;
        posting.Slug = import.Input.Slug;
        posting.TranslationKey = import.Input.TranslationKey;
        posting.Draft = import.Input.Content;
        Publish(posting, now);
        posting.Status = import.Archived ? PostingStatus.Archived : PostingStatus.Published;
        posting.ArchivedAt = import.Archived ? posting.ArchivedAt ?? now : null;
        posting.ImportSource = import.Source;
        posting.ImportHash = import.Hash;
        posting.ImportedVersion = isNew ? posting.Version : posting.Version + 1; // CommitAsync bumps an existing posting's version
        foreach (var path in import.RedirectPaths)
            db.Redirects.Add(new Redirect { Path = path, PostingId = posting.Id, CreatedAt = now });

        var eventName = !wasVisible ? PostingEvents.Published
            : import.Archived && !wasArchived ? PostingEvents.Archived
            : PostingEvents.Updated;
        return await CommitAsync(posting, "import", before, actor, eventName, warnings, ct);
    }
}
