using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Admin.Postings;

/// <summary>A posting's counterpart in the other language, and whether this one is behind it.</summary>
public sealed record Counterpart(Guid Id, string Language, string Title, DateTimeOffset ContentChangedAt);

public static class TranslationStatus
{
    /// <summary>A translation is stale when its counterpart's content changed after its own.</summary>
    public static TranslationState Of(Posting posting, Counterpart? counterpart) =>
        counterpart is null ? TranslationState.Missing
        : counterpart.ContentChangedAt > posting.ContentChangedAt ? TranslationState.Stale
        : TranslationState.UpToDate;

    public static Task<Counterpart?> FindAsync(RecruitingDb db, Posting posting, CancellationToken ct = default) =>
        db.Postings.AsNoTracking()
            .Where(o => o.TranslationKey == posting.TranslationKey && o.Language != posting.Language && o.TrashedAt == null)
            .OrderByDescending(o => o.ContentChangedAt)
            .Select(o => new Counterpart(o.Id, o.Language, o.Title, o.ContentChangedAt))
            .FirstOrDefaultAsync(ct);
}
