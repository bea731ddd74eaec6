using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;

namespace Recruiting.Core.Workflow;

/// <summary>
/// What a batch of imports needs from the database, read in a few queries for the whole batch instead of a few
/// per file: the postings being updated (tracked), who holds each slug, and each posting's last revision number.
/// Slugs are claimed as the batch is applied, so two files of one batch cannot take the same one.
/// </summary>
internal sealed class ImportLookups
{
    private readonly Dictionary<Guid, Posting> _existing;
    private readonly Dictionary<(string Language, string Slug), Guid> _slugHolders;
    private readonly Dictionary<Guid, int> _lastRevision;

    private ImportLookups(Dictionary<Guid, Posting> existing, Dictionary<(string, string), Guid> slugHolders, Dictionary<Guid, int> lastRevision) =>
        (_existing, _slugHolders, _lastRevision) = (existing, slugHolders, lastRevision);

    public static async Task<ImportLookups> LoadAsync(RecruitingDb db, IReadOnlyList<PostingImport> imports, CancellationToken ct)
    {
        var ids = imports.Where(i => i.ExistingId is not null).Select(i => i.ExistingId!.Value).Distinct().ToList();
        var existing = ids.Count == 0 ? [] : await db.Postings.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var lastRevision = ids.Count == 0 ? [] : await db.Revisions.Where(r => ids.Contains(r.PostingId))
            .GroupBy(r => r.PostingId).Select(g => new { g.Key, Last = g.Max(r => r.Number) })
            .ToDictionaryAsync(x => x.Key, x => x.Last, ct);
        var holders = new Dictionary<(string, string), Guid>();
        foreach (var language in imports.Select(i => i.Input.Language).Distinct())
        {
            var slugs = imports.Where(i => i.Input.Language == language).Select(i => i.Input.Slug).Distinct().ToList();
            var held = await db.Postings.AsNoTracking().Where(p => p.Language == language && slugs.Contains(p.Slug))
                .Select(p => new { p.Slug, p.Id }).ToListAsync(ct);
            foreach (var h in held) holders[(language, h.Slug)] = h.Id;
        }
        return new ImportLookups(existing, holders, lastRevision);
    }

    public Posting? Existing(Guid? id) => id is { } key ? _existing.GetValueOrDefault(key) : null;

    /// <summary>Takes the slug for the posting <paramref name="owner"/>; false when another posting holds it.</summary>
    public bool TryClaimSlug(string language, string slug, Guid owner)
    {
        if (_slugHolders.TryGetValue((language, slug), out var holder) && holder != owner) return false;
        _slugHolders[(language, slug)] = owner;
        return true;
    }

    public int NextRevision(Guid postingId) => _lastRevision[postingId] = _lastRevision.GetValueOrDefault(postingId) + 1;
}
