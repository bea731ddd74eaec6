using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Audit;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Lint;
using Recruiting.Core.Storage;

namespace Recruiting.Core.Workflow;

/// <summary>What a page save was given: the page's language and its fields.</summary>
public sealed record PageInput(string Language, string Title, string BodyMarkdown);

/// <summary>The answer of a page save: the page as saved, or why not (for a conflict, the page as it now is).</summary>
public sealed record PageResult(WorkflowOutcome Outcome, ContentPage? Page, IReadOnlyList<FieldIssue> Errors)
{
    public bool Succeeded => Outcome == WorkflowOutcome.Ok;
}

/// <summary>
/// The save pipeline of the simple page types (<see cref="PageTypes"/>, such as the careers index's introduction), with
/// the steps of <see cref="PostingWorkflow"/>: check the role, validate (the posting's rules for the same fields),
/// check the version the editor started from, apply, keep a revision, write the audit line, commit it all in one
/// transaction, then tell <see cref="PublicContentChanges"/>. A page is public as soon as it is saved: it has no draft.
/// </summary>
public sealed class PageWorkflow(RecruitingDb db, PublicContentChanges publicChanges, TimeProvider clock)
{
    public Task<ContentPage?> FindAsync(PageType type, string language, CancellationToken ct = default) =>
        db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.PageType == type.Id && p.Language == language, ct);

    /// <summary>
    /// Saves the page of <paramref name="type"/> in the input's language. <paramref name="expectedVersion"/> is the
    /// version the editor was opened on, 0 when the page did not exist yet; any other version is a conflict.
    /// </summary>
    public async Task<PageResult> SaveAsync(PageType type, PageInput input, int expectedVersion, Actor actor, CancellationToken ct = default)
    {
        if (!actor.CanPublish) return Fail(WorkflowOutcome.Forbidden, "forbidden", "Your role does not allow this action.");
        var title = input.Title.Trim();
        var body = input.BodyMarkdown.Replace("\r\n", "\n");
        var errors = PostingValidator.ValidatePage(type, input.Language, title, new LintedContent(new PostingContent { BodyMarkdown = body }));
        if (errors.Count > 0) return new(WorkflowOutcome.Invalid, null, errors);

        var page = await db.Pages.SingleOrDefaultAsync(p => p.PageType == type.Id && p.Language == input.Language, ct);
        if ((page?.Version ?? 0) != expectedVersion) return Conflict(page);
        var (beforeTitle, beforeBody) = (page?.Title ?? "", page?.BodyMarkdown ?? "");
        var action = page is null ? "create" : "save";
        if (page is null) db.Pages.Add(page = new ContentPage { PageType = type.Id, Language = input.Language });
        else page.Version++;
        var now = clock.GetUtcNow();
        (page.Title, page.BodyMarkdown, page.UpdatedAt, page.UpdatedBy) = (title, body, now, actor.Name);
        var changed = string.Join(",", new[] { ("Title", beforeTitle != title), ("BodyMarkdown", beforeBody != body) }.Where(f => f.Item2).Select(f => f.Item1));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // The version-checked write first: of two saves made from one version, the second stops here.
            await db.SaveChangesAsync(ct);
            var number = await db.PageRevisions.Where(r => r.PageId == page.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0;
            db.PageRevisions.Add(new ContentPageRevision
            {
                PageId = page.Id, Number = number + 1, CreatedAt = now, Author = actor.Name, Action = action,
                ChangedFields = changed, Title = title, BodyMarkdown = body,
            });
            AuditLog.Record(db, actor, "page.save", $"{type.Id}/{input.Language}", changed, now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another save of this page committed first: it raised the version (a concurrency exception), or, when
            // neither page existed yet, created it (the unique index on type and language refused this one).
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var current = await FindAsync(type, input.Language, ct);
            if ((current?.Version ?? 0) == expectedVersion) throw;
            return Conflict(current);
        }
        await publicChanges.PublishAsync(PublicContentChange.Page(input.Language));
        return new(WorkflowOutcome.Ok, page, []);
    }

    private static PageResult Fail(WorkflowOutcome outcome, string code, string message, ContentPage? page = null) =>
        new(outcome, page, [new FieldIssue("", code, message)]);

    private static PageResult Conflict(ContentPage? current) => Fail(WorkflowOutcome.Conflict, "page-conflict",
        "Someone else saved this page after you opened it. Your text is kept below: compare it with theirs and save again.", current);
}
