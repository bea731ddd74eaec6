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
        var (errors, warnings) = PostingValidator.Validate(import.Input, linted, pageTypes.JobPosting);
        var lint = ContentLint.Check(linted);
        warnings.AddRange(lint.Select(finding => finding.ToFieldIssue()));
        var html = errors.Count == 0 ? linted.Rendered.Html : "";
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
            var rows = new List<object>();
            var events = new List<PostingEvent>();
            var results = await ApplyImportsAsync(batch, actor, rows, events, ct);
            await TellAsync(events, ct);
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

    /// <summary>
    /// The dry run of <see cref="ImportAsync(IReadOnlyList{PreparedImport}, Actor, CancellationToken)"/>: every check
    /// and decision of the write, against the database as it is now, so a preview promises only what the import does
    /// (short of the database refusing a row). Nothing is written and no one is told.
    /// </summary>
    public async Task<IReadOnlyList<WorkflowResult>> CheckImportAsync(IReadOnlyList<PreparedImport> batch, Actor actor, CancellationToken ct = default)
    {
        if (!actor.CanPublish) return batch.Select(_ => Forbidden()).ToList();
        try
        {
            return await ApplyImportsAsync(batch, actor, [], [], ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Applies a batch: reads what it needs in a few queries for the whole batch (who holds its slugs and paths, the
    /// postings it updates, tracked, and their last revision numbers), then applies each import in order.
    /// </summary>
    private async Task<List<WorkflowResult>> ApplyImportsAsync(IReadOnlyList<PreparedImport> batch, Actor actor, List<object> rows,
        List<PostingEvent> events, CancellationToken ct)
    {
        var imports = batch.Select(p => p.Import).ToList();
        var state = await ImportState.LoadForAsync(db, imports, ct);
        var ids = imports.Where(i => i.ExistingId is not null).Select(i => i.ExistingId!.Value).Distinct().ToList();
        var existing = ids.Count == 0 ? [] : await db.Postings.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var lastRevision = ids.Count == 0 ? [] : await db.Revisions.Where(r => ids.Contains(r.PostingId))
            .GroupBy(r => r.PostingId).Select(g => new { g.Key, Last = g.Max(r => r.Number) })
            .ToDictionaryAsync(x => x.Key, x => x.Last, ct);
        int NextRevision(Guid id) => lastRevision[id] = lastRevision.GetValueOrDefault(id) + 1;
        var results = new List<WorkflowResult>(batch.Count);
        foreach (var prepared in batch)
        {
            var posting = prepared.Import.ExistingId is { } id ? existing.GetValueOrDefault(id) : null;
            results.Add(await ApplyImportAsync(prepared, posting, state, NextRevision, actor, clock.GetUtcNow(), rows, events, ct));
        }
        return results;
    }

    /// <summary>An import publishes at once: the address the posting had keeps answering, unless another posting holds it.</summary>
    private async Task KeepFormerUrlAsync(Guid postingId, string url, DateTimeOffset now, CancellationToken ct)
    {
        var path = RedirectPath.Normalize(url);
        if (!await db.Redirects.AnyAsync(r => r.Path == path, ct))
            db.Redirects.Add(new Redirect { Path = path, PostingId = postingId, CreatedAt = now, PublishedAt = now });
    }

    /// <summary>Applies one import: an existing posting is changed in the change tracker, new rows go to <paramref name="rows"/>.</summary>
    private async Task<WorkflowResult> ApplyImportAsync(PreparedImport prepared, Posting? posting, ImportState state, Func<Guid, int> nextRevision,
        Actor actor, DateTimeOffset now, List<object> rows, List<PostingEvent> events, CancellationToken ct)
    {
        var (import, input) = (prepared.Import, prepared.Import.Input);
        if (import.ExistingId is { } id && posting is null) return NotFound(id);
        if (posting is not null && !import.Force && posting.Version > (posting.ImportedVersion ?? 0))
            return WorkflowResult.Fail(WorkflowOutcome.Conflict, "edited-since-import",
                "This posting was edited in the CMS since it was last imported; it was left as it is.", posting);
        var errors = prepared.Errors.ToList();
        errors.AddRange(PostingValidator.ValidateAmongOthers(input, posting,
            slugHeldByAnother: errors.Count == 0 && !state.TryClaimSlug(input.Language, input.Slug, import.PostingId)));
        if (errors.Count > 0) return WorkflowResult.Invalid(errors, prepared.Warnings);
        var warnings = prepared.Warnings.ToList();
        var paths = new List<string>(import.RedirectPaths.Count);
        foreach (var path in import.RedirectPaths)
            if (state.RedirectOwner(path) is { } owner)
            {
                if (owner != import.PostingId) warnings.Add(PostingValidator.RedirectTaken(path, state.LabelOf(owner)));
            }
            else
            {
                state.ClaimRedirect(path, import.PostingId);
                paths.Add(path);
            }

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
        posting.TranslationKey = PostingValidator.KeyOf(input);
        posting.Draft = input.Content;
        Publish(posting, now, prepared.Html);
        posting.Status = import.Archived ? PostingStatus.Archived : PostingStatus.Published;
        posting.ArchivedAt = import.Archived ? posting.ArchivedAt ?? now : null;
        posting.ImportSource = import.Source;
        posting.ImportHash = import.Hash;
        if (!isNew) posting.Version++;
        posting.ImportedVersion = posting.Version;
        posting.LastModifiedAt = now;
        foreach (var path in paths)
            rows.Add(new Redirect { Path = path, PostingId = posting.Id, CreatedAt = now, PublishedAt = now });

        var eventName = !wasVisible ? PostingEvents.Published
            : import.Archived && !wasArchived ? PostingEvents.Archived
            : PostingEvents.Updated;
        Record(posting, "import", before, actor, eventName, nextRevision(posting.Id), now, rows.Add);
        events.Add(Event(eventName, posting, now));
        return WorkflowResult.Ok(posting, warnings);
    }
}
