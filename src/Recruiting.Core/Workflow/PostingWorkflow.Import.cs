using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Lint;
using Recruiting.Core.Storage;

namespace Recruiting.Core.Workflow;

public sealed partial class PostingWorkflow
{
    /// <summary>Validates, lints and renders an import without touching the database. Thread-safe.</summary>
    public PreparedImport Prepare(PostingImport import)
    {
        var linted = new LintedContent(import.Input.Content);
        var (errors, warnings) = PostingValidator.Validate(import.Input, linted);
        var lint = ContentLint.Check(linted);
        warnings.AddRange(lint.Select(finding => finding.ToFieldIssue()));
        var html = errors.Count == 0 ? renderer.Render(linted.Document) : "";
        JsonColumn.SerializeAhead(import.Input.Content);
        return new PreparedImport(import, errors, warnings, lint, html);
    }

    /// <summary>Imports one legacy file; see <see cref="ImportAsync(IReadOnlyList{PreparedImport}, Actor, CancellationToken)"/>.</summary>
    public async Task<WorkflowResult> ImportAsync(PostingImport import, Actor actor, CancellationToken ct = default) =>
        (await ImportAsync([Prepare(import)], actor, ct))[0];

    /// <summary>
    /// Creates or updates postings from legacy files and publishes each as it was (archived if the file says so),
    /// with an "import" revision, a "posting.import" audit line and its redirects. A posting edited in the CMS since
    /// its last import is a conflict unless <see cref="PostingImport.Force"/>.
    /// <para>The batch is written at once, new rows by <see cref="RowInserter"/>, inside a savepoint of the caller's
    /// transaction (or of its own): when the database refuses it, nothing of the batch is kept and the exception is
    /// thrown, so that the caller can import the files one by one and find the faulty one. Only a batch of one turns
    /// a concurrent edit into a conflict.</para>
    /// <para>Without a caller's transaction, the batch commits here and <see cref="PublicContentChanges"/> is told. In the
    /// caller's transaction, the caller tells it after committing.</para>
    /// </summary>
    public async Task<IReadOnlyList<WorkflowResult>> ImportAsync(IReadOnlyList<PreparedImport> batch, Actor actor, CancellationToken ct = default)
    {
        if (!actor.CanPublish) return batch.Select(_ => Forbidden()).ToList();
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var transaction = db.Database.CurrentTransaction!;
        await transaction.CreateSavepointAsync(ImportSavepoint, ct);
        try
        {
            var lookups = await ImportLookups.LoadAsync(db, batch.Select(p => p.Import).ToList(), ct);
            var rows = new List<object>();
            var results = new List<WorkflowResult>(batch.Count);
            foreach (var prepared in batch) results.Add(await ApplyImportAsync(prepared, lookups, actor, clock.GetUtcNow(), rows, ct));
            await RowInserter.InsertAsync(db, rows, ct);
            await db.SaveChangesAsync(ct);
            await transaction.ReleaseSavepointAsync(ImportSavepoint, ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
                await publicChanges.PublishAsync(PublicContentChange.Postings(results.Where(r => r.Succeeded).Select(r => r.Posting!.Id)));
            }
            return results;
        }
        catch (Exception e)
        {
            await transaction.RollbackToSavepointAsync(ImportSavepoint, CancellationToken.None);
            if (e is not DbUpdateConcurrencyException || batch is not [{ Import.IsNew: false } single]) throw;
            var current = await db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == single.Import.PostingId, ct);
            return [current is null ? NotFound(single.Import.PostingId) : Conflict(current)];
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private const string ImportSavepoint = "posting_import";

    /// <summary>An import publishes at once: the address the posting had keeps answering, unless another posting holds it.</summary>
    private async Task KeepFormerUrlAsync(Guid postingId, string url, DateTimeOffset now, CancellationToken ct)
    {
        var path = RedirectPath.Normalize(url);
        if (!await db.Redirects.AnyAsync(r => r.Path == path, ct))
            db.Redirects.Add(new Redirect { Path = path, PostingId = postingId, CreatedAt = now, PublishedAt = now });
    }

    /// <summary>Applies one import: an existing posting is changed in the change tracker, new rows go to <paramref name="rows"/>.</summary>
    private async Task<WorkflowResult> ApplyImportAsync(PreparedImport prepared, ImportLookups lookups, Actor actor, DateTimeOffset now,
        List<object> rows, CancellationToken ct)
    {
        var (import, input) = (prepared.Import, prepared.Import.Input);
        var posting = lookups.Existing(import.ExistingId);
        if (import.ExistingId is { } id && posting is null) return NotFound(id);
        if (posting is not null && !import.Force && posting.Version > (posting.ImportedVersion ?? 0))
            return WorkflowResult.Fail(WorkflowOutcome.Conflict, "edited-since-import",
                "This posting was edited in the CMS since it was last imported; it was left as it is.", posting);
        var errors = prepared.Errors.ToList();
        if (errors.Count == 0 && !lookups.TryClaimSlug(input.Language, input.Slug, import.PostingId))
            errors.Add(SlugTaken(input.Language, input.Slug));
        if (input.Content.ClosingAt is { } closing && (posting?.ScheduledPublishAt ?? posting?.FirstPublishedAt) is { } from && closing <= from)
            errors.Add(new("ClosingAt", "closing-before-publish", "The closing date must come after the publication date."));
        if (errors.Count > 0) return WorkflowResult.Invalid(errors, prepared.Warnings);

        var isNew = posting is null;
        var wasVisible = posting is not null && PublicPostings.IsVisible(posting);
        var wasArchived = posting?.Status == PostingStatus.Archived;
        var before = posting?.Draft ?? new PostingContent();
        if (posting is null)
        {
            posting = new Posting { Id = import.PostingId, CreatedAt = now };
            rows.Add(posting);
        }
        else if (PostingUrls.Published(posting) is { } publicUrl && publicUrl != PostingUrls.Canonical(input.Language, input.Slug))
            await KeepFormerUrlAsync(posting.Id, publicUrl, now, ct);

        posting.Language = input.Language;
        posting.Slug = input.Slug;
        posting.TranslationKey = input.TranslationKey;
        posting.Draft = input.Content;
        Publish(posting, now, prepared.Html);
        posting.Status = import.Archived ? PostingStatus.Archived : PostingStatus.Published;
        posting.ArchivedAt = import.Archived ? posting.ArchivedAt ?? now : null;
        posting.ImportSource = import.Source;
        posting.ImportHash = import.Hash;
        if (!isNew) posting.Version++;
        posting.ImportedVersion = posting.Version;
        posting.LastModifiedAt = now;
        foreach (var path in import.RedirectPaths)
            rows.Add(new Redirect { Path = path, PostingId = posting.Id, CreatedAt = now, PublishedAt = now });

        var eventName = !wasVisible ? PostingEvents.Published
            : import.Archived && !wasArchived ? PostingEvents.Archived
            : PostingEvents.Updated;
        Record(posting, "import", before, actor, eventName, lookups.NextRevision(posting.Id), now, rows.Add);
        Tell(eventName, posting, now);
        return WorkflowResult.Ok(posting, prepared.Warnings);
    }
}
