using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Audit;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Lint;
using Recruiting.Core.Rendering;
using Recruiting.Core.Storage;

namespace Recruiting.Core.Workflow;

/// <summary>
/// The one save pipeline. The console, the management API, the importer and the scheduler all change
/// postings through here: validate, apply, keep a revision, write the audit line, tell the event sinks,
/// commit it all in one transaction, then tell <see cref="PublicContentChanges"/>. User mistakes come back as a
/// <see cref="WorkflowResult"/>, never as exceptions.
/// </summary>
public sealed partial class PostingWorkflow(RecruitingDb db, BodyRenderer renderer, IEnumerable<IPostingEventSink> sinks,
    PublicContentChanges publicChanges, TimeProvider clock, PageTypeSet pageTypes)
{
    public async Task<WorkflowResult> CreateAsync(PostingInput input, Actor actor, CancellationToken ct = default)
    {
        if (!actor.CanAuthor) return Forbidden();
        var (errors, warnings) = await ValidateAsync(input, null, ct);
        if (errors.Count > 0) return WorkflowResult.Invalid(errors, warnings);
        var now = clock.GetUtcNow();
        var posting = new Posting
        {
            Language = input.Language, Slug = input.Slug, Draft = input.Content,
            TranslationKey = PostingValidator.KeyOf(input),
            CreatedAt = now, LastModifiedAt = now, ContentChangedAt = now, Status = PostingStatus.Draft,
        };
        db.Postings.Add(posting);
        return await CommitAsync(posting, "create", new PostingContent(), actor, null, warnings, ct);
    }

    public async Task<WorkflowResult> SaveDraftAsync(Guid id, PostingInput input, int expectedVersion, Actor actor, CancellationToken ct = default)
    {
        if (!actor.CanAuthor) return Forbidden();
        var posting = await FindAsync(id, ct);
        if (posting is null) return NotFound(id);
        if (posting.Version != expectedVersion) return Conflict(posting);
        var (errors, warnings) = await ValidateAsync(input, posting, ct);
        if (errors.Count > 0) return WorkflowResult.Invalid(errors, warnings);
        var now = clock.GetUtcNow();
        var before = posting.Draft;
        posting.Language = input.Language;
        posting.Slug = input.Slug;
        posting.TranslationKey = string.IsNullOrWhiteSpace(input.TranslationKey) ? posting.TranslationKey : input.TranslationKey;
        posting.Draft = input.Content;
        posting.ContentChangedAt = now;
        return await CommitAsync(posting, "save", before, actor, null, warnings, ct);
    }

    public Task<WorkflowResult> SubmitForReviewAsync(Guid id, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        TransitionAsync(id, expectedVersion, actor, needsPublisher: false, "submit", p =>
        {
            if (p.Status != PostingStatus.Draft) return Step.Refuse("submit-not-draft", "Only a draft can be submitted for review.");
            p.Status = PostingStatus.InReview;
            return Step.Done();
        }, ct);

    /// <param name="languageConfirmed">The publisher says the body's language is right although it reads as the other one.</param>
    public Task<WorkflowResult> PublishAsync(Guid id, int? expectedVersion, Actor actor, CancellationToken ct = default, bool languageConfirmed = false) =>
        TransitionAsync(id, expectedVersion, actor, needsPublisher: true, "publish", p =>
        {
            if (BodyLanguage.Refusal(p.Language, p.Draft, languageConfirmed) is { } language) return Step.Refuse(language);
            // An archived posting stays archived when its draft is published, so only opening one is refused.
            if (p.Status != PostingStatus.Archived && ClosingDate.HasPassed(p.Draft.ClosingAt, clock.GetUtcNow()))
                return Step.Refuse(ClosingDate.PublishRefused(p.Draft.ClosingAt!.Value));
            var wasVisible = PublicPostings.IsVisible(p);
            Publish(p, clock.GetUtcNow());
            return Step.Done(wasVisible ? PostingEvents.Updated : PostingEvents.Published);
        }, ct);

    public Task<WorkflowResult> ScheduleAsync(Guid id, DateTimeOffset publishAt, int? expectedVersion, Actor actor, CancellationToken ct = default,
        bool languageConfirmed = false) =>
        TransitionAsync(id, expectedVersion, actor, needsPublisher: true, "schedule", p =>
        {
            if (BodyLanguage.Refusal(p.Language, p.Draft, languageConfirmed) is { } language) return Step.Refuse(language);
            if (publishAt <= clock.GetUtcNow()) return Step.Refuse("schedule-in-past", "Choose a publication time in the future, or publish now.");
            if (ClosingDate.HasPassed(p.Draft.ClosingAt, clock.GetUtcNow())) return Step.Refuse(ClosingDate.PublishRefused(p.Draft.ClosingAt!.Value));
            if (p.Draft.ClosingAt is { } closing && closing <= publishAt) return Step.Refuse("closing-before-publish", "The closing date must come after the publication date.");
            if (!PublicPostings.IsVisible(p)) p.Status = PostingStatus.Scheduled;
            p.ScheduledPublishAt = publishAt.ToUniversalTime();
            return Step.Done();
        }, ct);

    public Task<WorkflowResult> ArchiveAsync(Guid id, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        TransitionAsync(id, expectedVersion, actor, needsPublisher: true, "archive", p =>
        {
            if (p.Status != PostingStatus.Published || p.Published is null) return Step.Refuse("archive-not-published", "Only a published posting can be archived.");
            p.Status = PostingStatus.Archived;
            p.ArchivedAt = clock.GetUtcNow();
            return Step.Done(PostingEvents.Archived);
        }, ct);

    public Task<WorkflowResult> UnarchiveAsync(Guid id, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        TransitionAsync(id, expectedVersion, actor, needsPublisher: true, "unarchive", p =>
        {
            if (p.Status != PostingStatus.Archived) return Step.Refuse("unarchive-not-archived", "Only an archived posting can be unarchived.");
            if (ClosingDate.HasPassed(p.Published?.ClosingAt, clock.GetUtcNow())) return Step.Refuse(ClosingDate.UnarchiveRefused(p.Published!.ClosingAt!.Value));
            p.Status = PostingStatus.Published;
            p.ArchivedAt = null;
            return Step.Done(PostingEvents.Updated);
        }, ct);

    public Task<WorkflowResult> UnpublishAsync(Guid id, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        TransitionAsync(id, expectedVersion, actor, needsPublisher: true, "unpublish", p =>
        {
            if (p.Published is null) return Step.Refuse("unpublish-not-published", "This posting is not published.");
            var wasVisible = PublicPostings.IsVisible(p);
            p.Published = null;
            p.PublishedHtml = null;
            (p.PublishedLanguage, p.PublishedSlug, p.PublishedTranslationKey) = (null, null, null);
            p.PublishedAt = null;
            p.ArchivedAt = null;
            p.Status = PostingStatus.Draft;
            return Step.Done(wasVisible ? PostingEvents.Unpublished : null);
        }, ct);

    public Task<WorkflowResult> TrashAsync(Guid id, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        TransitionAsync(id, expectedVersion, actor, needsPublisher: true, "trash", p =>
        {
            if (p.IsTrashed) return Step.Refuse("trash-already-trashed", "This posting is already in the trash.");
            var wasVisible = PublicPostings.IsVisible(p);
            p.TrashedAt = clock.GetUtcNow();
            return Step.Done(wasVisible ? PostingEvents.Unpublished : null);
        }, ct);

    public Task<WorkflowResult> RestoreFromTrashAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        TransitionAsync(id, null, actor, needsPublisher: true, "restore", p =>
        {
            if (!p.IsTrashed) return Step.Refuse("restore-not-trashed", "This posting is not in the trash.");
            p.TrashedAt = null;
            return Step.Done(PublicPostings.IsVisible(p) ? PostingEvents.Published : null);
        }, ct);

    /// <summary>Makes an old revision's content the new draft; the published version is untouched.</summary>
    public async Task<WorkflowResult> RestoreRevisionAsync(Guid id, int revisionNumber, int expectedVersion, Actor actor, CancellationToken ct = default)
    {
        var revision = await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.PostingId == id && r.Number == revisionNumber, ct);
        var posting = await FindAsync(id, ct);
        if (posting is null || revision is null) return NotFound(id);
        var input = new PostingInput(posting.Language, posting.Slug, posting.TranslationKey, revision.Content);
        return await SaveDraftAsync(id, input, expectedVersion, actor, ct);
    }

    /// <summary>Called by the scheduler: publishes what is due and archives what has reached its closing date.</summary>
    public async Task<int> RunScheduleAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var system = Actor.System("scheduler");
        var due = await db.Postings.Where(p => p.TrashedAt == null && p.ScheduledPublishAt != null && p.ScheduledPublishAt <= now)
            .Select(p => p.Id).ToListAsync(ct);
        var expired = await PublicPostings.Open(db).Where(p => p.PublishedClosingAt != null && p.PublishedClosingAt <= now)
            .Select(p => p.Id).ToListAsync(ct);
        // Their language was checked (or confirmed) when they were scheduled.
        foreach (var id in due) await PublishAsync(id, null, system, ct, languageConfirmed: true);
        foreach (var id in expired) await ArchiveAsync(id, null, system, ct);
        return due.Count + expired.Count;
    }

    internal void Publish(Posting p, DateTimeOffset now) => Publish(p, now, renderer.Render(p.Draft.BodyMarkdown));

    /// <summary>Makes the draft public; <paramref name="html"/> is the draft's body, rendered by <see cref="renderer"/>.</summary>
    private static void Publish(Posting p, DateTimeOffset now, string html)
    {
        p.Published = p.Draft;
        p.PublishedHtml = html;
        (p.PublishedLanguage, p.PublishedSlug, p.PublishedTranslationKey) = (p.Language, p.Slug, p.TranslationKey);
        p.Status = p.Status == PostingStatus.Archived ? PostingStatus.Archived : PostingStatus.Published;
        p.FirstPublishedAt ??= now;
        p.PublishedAt = now;
        p.ScheduledPublishAt = null;
        p.ContentChangedAt = now;
    }

    private async Task<WorkflowResult> TransitionAsync(Guid id, int? expectedVersion, Actor actor, bool needsPublisher, string action,
        Func<Posting, Step> apply, CancellationToken ct)
    {
        if (needsPublisher ? !actor.CanPublish : !actor.CanAuthor) return Forbidden();
        var posting = await FindAsync(id, ct);
        if (posting is null) return NotFound(id);
        if (expectedVersion is { } v && posting.Version != v) return Conflict(posting);
        var before = posting.Draft;
        var step = apply(posting);
        if (step.Refusal is { } refusal)
            return new WorkflowResult(WorkflowOutcome.NotAllowedNow, posting, [refusal], []);
        return await CommitAsync(posting, action, before, actor, step.Event, [], ct, step.Comment);
    }

    /// <summary>
    /// Writes a change in one transaction, the version-checked write of the posting first: of two saves made from the
    /// same version, the second fails there, as a conflict, before anything else is written. Only then are the
    /// revision number read and the redirects, revision, audit line and events added, so they cannot collide.
    /// </summary>
    private async Task<WorkflowResult> CommitAsync(Posting posting, string action, PostingContent before, Actor actor,
        string? eventName, IReadOnlyList<FieldIssue> warnings, CancellationToken ct, string? comment = null)
    {
        var now = clock.GetUtcNow();
        var entry = db.Entry(posting);
        var isNew = entry.State == EntityState.Added;
        var publication = isNew ? null : new Publication(
            entry.Property(p => p.PublishedAt).OriginalValue, entry.Property(p => p.PublishedLanguage).OriginalValue, entry.Property(p => p.PublishedSlug).OriginalValue);
        if (!isNew) posting.Version++;
        posting.LastModifiedAt = now;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // Before the first write, while the entity's original values still hold what the public saw until now
            // (an unpublished posting's title, say); what the sinks add commits in this transaction.
            if (eventName is not null) await TellAsync([Event(eventName, posting, now)], ct);
            await db.SaveChangesAsync(ct);
            var number = isNew ? 0 : await db.Revisions.Where(r => r.PostingId == posting.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0;
            await WriteRedirectsAsync(posting, publication, now, ct);
            Record(posting, action, before, actor, eventName, number + 1, now, row => db.Add(row), comment);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var current = await db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == posting.Id, ct);
            return Conflict(current ?? posting);
        }
        catch (DbUpdateException)
        {
            // Validation found the slug and the aliases free, but another posting's save took one of them between
            // that check and this write: a unique index refused it. Said as a conflict, never as a server error.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var claim = await ClaimedMeanwhileAsync(posting, ct);
            if (claim is null) throw;
            return new WorkflowResult(WorkflowOutcome.Conflict, null, [claim], warnings);
        }
        // Even a draft save may add redirects the public follows; telling the public side of every commit is the simple, safe rule.
        await publicChanges.PublishAsync(PublicContentChange.Postings([posting.Id]));
        return WorkflowResult.Ok(posting, warnings);
    }

    /// <summary>
    /// What every change leaves besides the posting itself: a revision and an audit line, handed to <paramref name="insert"/>. The
    /// audit line's details are the fields that changed, or for a step with a comment (sending back), the comment.
    /// </summary>
    private void Record(Posting posting, string action, PostingContent before, Actor actor, string? eventName, int revisionNumber,
        DateTimeOffset now, Action<object> insert, string? comment = null)
    {
        var changed = ChangedFields(before, posting.Draft);
        insert(new PostingRevision
        {
            PostingId = posting.Id, Number = revisionNumber, CreatedAt = now, Author = actor.Name, Action = action,
            ChangedFields = string.Join(",", changed), Slug = posting.Slug, Content = posting.Draft, Comment = comment,
        });
        insert(AuditLog.Entry(actor, "posting." + action, $"{posting.Language}/{posting.Slug}", comment ?? string.Join(",", changed), now));
    }

    /// <summary>When the public view changed: the events, to every sink, before the change is saved.</summary>
    private async Task TellAsync(IReadOnlyList<PostingEvent> events, CancellationToken ct)
    {
        if (events.Count == 0) return;
        foreach (var sink in sinks) await sink.OnPostingEventsAsync(db, events, ct);
    }

    /// <summary>
    /// An event on <paramref name="posting"/>, with what the public saw. Unpublishing has already cleared the published
    /// fields, so they then come from what the database held before this change: the draft's never were public. A posting
    /// never published (nothing held either) falls back to its draft's address and no title.
    /// </summary>
    private PostingEvent Event(string name, Posting posting, DateTimeOffset now) => new(name, posting, WhatThePublicSaw(posting), now);

    private PublicFace WhatThePublicSaw(Posting posting)
    {
        if (posting.PublishedSlug is not null)
            return new(posting.PublishedLanguage ?? posting.Language, posting.PublishedSlug, posting.PublishedTitle ?? "");
        var entry = db.Entry(posting);
        if (entry.State is EntityState.Detached or EntityState.Added) return new(posting.Language, posting.Slug, "");
        return new(
            entry.Property(p => p.PublishedLanguage).OriginalValue ?? posting.Language,
            entry.Property(p => p.PublishedSlug).OriginalValue ?? posting.Slug,
            entry.Property(p => p.PublishedTitle).OriginalValue ?? "");
    }

    private async Task<(List<FieldIssue>, List<FieldIssue>)> ValidateAsync(PostingInput input, Posting? existing, CancellationToken ct)
    {
        var linted = new LintedContent(input.Content);
        var (errors, warnings) = PostingValidator.Validate(input, linted, pageTypes.JobPosting);
        warnings.AddRange(PostingChecks.Run(input, linted, clock.GetUtcNow()));
        if (errors.Count > 0) return (errors, warnings);
        var id = existing?.Id ?? Guid.Empty;
        var slugHeld = await SlugHeldByAnotherAsync(id, input.Language, input.Slug, ct);
        errors.AddRange(PostingValidator.ValidateAmongOthers(input, existing, slugHeld));
        if (errors.Count > 0) return (errors, warnings);
        var paths = input.Content.Aliases.Concat(input.Content.Urls).Select(RedirectPath.Normalize).Distinct().ToList();
        if (paths.Count > 0)
            warnings.AddRange((await db.Redirects.Where(r => r.PostingId != id && paths.Contains(r.Path))
                    .Join(db.Postings, r => r.PostingId, p => p.Id, (r, p) => new { r.Path, p.Language, p.Slug }).ToListAsync(ct))
                .Select(held => PostingValidator.RedirectTaken(held.Path, $"{held.Language}/{held.Slug}")));
        return (errors, warnings);
    }

    /// <summary>A slug is held by a draft and by what is published: a posting renamed in its draft keeps its public address.</summary>
    private Task<bool> SlugHeldByAnotherAsync(Guid id, string language, string slug, CancellationToken ct) =>
        db.Postings.AnyAsync(p => p.Id != id && ((p.Language == language && p.Slug == slug)
            || (p.PublishedLanguage == language && p.PublishedSlug == slug)), ct);

    /// <summary>The slug or alias another posting took while this save was being written; null when neither was taken.</summary>
    private async Task<FieldIssue?> ClaimedMeanwhileAsync(Posting posting, CancellationToken ct)
    {
        if (await SlugHeldByAnotherAsync(posting.Id, posting.Language, posting.Slug, ct))
            return new FieldIssue("Slug", "slug-taken",
                $"Another {posting.Language} posting took the slug '{posting.Slug}' while this one was being saved; choose another slug and save again.")
                { Args = [posting.Slug, posting.Language] };
        var paths = DraftRedirectPaths(posting).ToList();
        var id = posting.Id;
        var taken = await db.Redirects.AsNoTracking().Where(r => r.PostingId != id && paths.Contains(r.Path)).Select(r => r.Path).FirstOrDefaultAsync(ct);
        return taken is null ? null : new FieldIssue("Aliases", "alias-taken",
            $"Another posting took the address '{taken}' while this one was being saved; it keeps it. Remove it from the aliases and save again.")
            { Args = [taken] };
    }

    /// <summary>The paths the draft asks to redirect to the posting: its aliases and legacy URLs, not its own address.</summary>
    private static IEnumerable<string> DraftRedirectPaths(Posting posting)
    {
        var canonical = RedirectPath.Normalize(PostingUrls.Canonical(posting));
        return posting.Draft.Aliases.Concat(posting.Draft.Urls).Select(RedirectPath.Normalize).Where(p => p != canonical).Distinct();
    }

    /// <summary>What was public before this change: when, and at which address.</summary>
    private sealed record Publication(DateTimeOffset? At, string? Language, string? Slug)
    {
        public string? Url => Language is not null && Slug is not null ? PostingUrls.Canonical(Language, Slug) : null;
    }

    /// <summary>
    /// Keeps the posting's redirects in step with it, in one query: the draft's aliases (and legacy URLs) are held for it
    /// as soon as they are saved, and dropped when the draft drops them, but answer only from the publication of a
    /// version carrying them; publishing at a new address keeps the old one answering. A path another posting holds is
    /// left to it. Redirects that answered once keep answering.
    /// </summary>
    private async Task WriteRedirectsAsync(Posting posting, Publication? before, DateTimeOffset now, CancellationToken ct)
    {
        var wanted = DraftRedirectPaths(posting).ToHashSet();
        var published = posting.PublishedAt is not null && posting.PublishedAt != before?.At;
        var formerUrl = published && before?.Url is { } url && url != PostingUrls.Published(posting) ? RedirectPath.Normalize(url) : null;
        if (formerUrl is not null) wanted.Add(formerUrl);
        var paths = wanted.ToList();
        var id = posting.Id;
        var rows = await db.Redirects.Where(r => r.PostingId == id || paths.Contains(r.Path)).ToListAsync(ct);
        foreach (var row in rows.Where(r => r.PostingId == id && r.PublishedAt is null && !wanted.Contains(r.Path)))
            db.Redirects.Remove(row);
        var held = rows.Select(r => r.Path).ToHashSet();
        foreach (var path in wanted.Where(p => !held.Contains(p)))
            db.Redirects.Add(new Redirect { Path = path, PostingId = id, CreatedAt = now });
        if (published)
            foreach (var row in db.Redirects.Local.Where(r => r.PostingId == id && r.PublishedAt is null && wanted.Contains(r.Path)))
                row.PublishedAt = now;
    }

    private static List<string> ChangedFields(PostingContent a, PostingContent b)
    {
        var names = new List<string>();
        if (a.Title != b.Title) names.Add("Title");
        if (a.Description != b.Description) names.Add("Description");
        if (a.BodyMarkdown != b.BodyMarkdown) names.Add("BodyMarkdown");
        if (a.LeverId != b.LeverId) names.Add("LeverId");
        if (!a.Aliases.SequenceEqual(b.Aliases)) names.Add("Aliases");
        if (a.ClosingAt != b.ClosingAt) names.Add("ClosingAt");
        if (a.EmploymentType != b.EmploymentType) names.Add("EmploymentType");
        if (!a.Locations.SequenceEqual(b.Locations)) names.Add("Locations");
        if (a.Remote != b.Remote || a.RemoteCountry != b.RemoteCountry) names.Add("Remote");
        if (a.Salary != b.Salary) names.Add("Salary");
        if (a.Department != b.Department) names.Add("Department");
        names.AddRange(a.Fields.Keys.Union(b.Fields.Keys).Where(k => a.Field(k) != b.Field(k)).Order(StringComparer.Ordinal));
        return names;
    }

    /// <summary>
    /// What a transition did: refused with a reason, or done, raising an event when the public view changed, with the
    /// comment its revision keeps.
    /// </summary>
    private readonly record struct Step(FieldIssue? Refusal, string? Event, string? Comment = null)
    {
        public static Step Refuse(string code, string reason) => new(new FieldIssue("", code, reason), null);
        /// <summary>A refusal about one field, which the console shows next to it.</summary>
        public static Step Refuse(FieldIssue issue) => new(issue, null);
        public static Step Done(string? eventName = null) => new(null, eventName);
        public static Step Commented(string comment) => new(null, null, comment);
    }

    private Task<Posting?> FindAsync(Guid id, CancellationToken ct) => db.Postings.SingleOrDefaultAsync(p => p.Id == id, ct);
    private static WorkflowResult Forbidden() => WorkflowResult.Fail(WorkflowOutcome.Forbidden, "forbidden", "Your role does not allow this action.");
    private static WorkflowResult NotFound(Guid id) => WorkflowResult.Fail(WorkflowOutcome.NotFound, "not-found", $"There is no posting {id}.");
    private static WorkflowResult Conflict(Posting current) => WorkflowResult.Fail(WorkflowOutcome.Conflict, "conflict",
        "Someone else saved this posting after you opened it. Your text is kept below: compare it with theirs and save again.", current);
}
