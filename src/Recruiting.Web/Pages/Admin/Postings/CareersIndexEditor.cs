using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Audit;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// Reads and saves the careers index introduction (page type careers-index), one per language, with an audit line,
/// and tells <see cref="PublicContentChanges"/> once saved.
/// </summary>
public sealed class CareersIndexEditor(RecruitingDb db, PublicContentChanges publicChanges, TimeProvider clock)
{
    public Task<ContentPage?> FindAsync(string language, CancellationToken ct = default) =>
        db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.PageType == PageTypes.CareersIndex.Id && p.Language == language, ct);

    public async Task<IReadOnlyList<FieldIssue>> SaveAsync(string language, string? title, string? body, Actor actor, CancellationToken ct = default)
    {
        var errors = new List<FieldIssue>();
        if (!actor.CanPublish) errors.Add(new("", "forbidden", "Your role does not allow this action."));
        if (!Languages.IsSupported(language)) errors.Add(new("Language", "required", "Choose English (en) or French (fr)."));
        if (string.IsNullOrWhiteSpace(title)) errors.Add(new("Title", "required", "Enter a title."));
        else if (title.Length > 200) errors.Add(new("Title", "too-long", "The title is longer than 200 characters; shorten it.") { Args = ["200"] });
        if (errors.Count > 0) return errors;

        var page = await db.Pages.SingleOrDefaultAsync(p => p.PageType == PageTypes.CareersIndex.Id && p.Language == language, ct);
        if (page is null) db.Pages.Add(page = new ContentPage { PageType = PageTypes.CareersIndex.Id, Language = language });
        page.Title = title!.Trim();
        page.BodyMarkdown = (body ?? "").Replace("\r\n", "\n");
        page.UpdatedAt = clock.GetUtcNow();
        page.UpdatedBy = actor.Name;
        AuditLog.Record(db, actor, "page.save", $"{PageTypes.CareersIndex.Id}/{language}", "", page.UpdatedAt);
        await db.SaveChangesAsync(ct);
        await publicChanges.PublishAsync(PublicContentChange.Page(language));
        return [];
    }
}
