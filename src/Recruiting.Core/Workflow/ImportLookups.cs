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
        return new ImportLookups(existing, await SlugHoldersAsync(db, imports, ct), lastRevision);
    }

    /// <summary>
    /// Who holds the batch's slugs, in plain SQL: a first import has no posting to update, so it then never pays
    /// for compiling EF's LINQ pipeline (see <see cref="PlainSql"/>).
    /// </summary>
    private static async Task<Dictionary<(string, string), Guid>> SlugHoldersAsync(RecruitingDb db, IReadOnlyList<PostingImport> imports, CancellationToken ct)
    {
        var holders = new Dictionary<(string, string), Guid>();
        var postings = new PlainSql(db, typeof(Posting));
        foreach (var language in imports.Select(i => i.Input.Language).Distinct())
            foreach (var slugs in imports.Where(i => i.Input.Language == language).Select(i => i.Input.Slug).Distinct().Chunk(SlugsPerQuery))
            {
                // A slug is held by a draft and by what is published (a posting renamed in its draft keeps its public address).
                var list = string.Join(", ", slugs.Select((_, i) => "@p" + (i + 1)));
                var sql = $"{postings.Select(nameof(Posting.Slug), nameof(Posting.Id), nameof(Posting.Language), nameof(Posting.PublishedSlug), nameof(Posting.PublishedLanguage))}"
                    + $" WHERE ({postings[nameof(Posting.Language)]} = @p0 AND {postings[nameof(Posting.Slug)]} IN ({list}))"
                    + $" OR ({postings[nameof(Posting.PublishedLanguage)]} = @p0 AND {postings[nameof(Posting.PublishedSlug)]} IN ({list}))";
                await foreach (var r in postings.ReadAsync(sql, [language, .. slugs], ct))
                {
                    if (r.GetString(2) == language) holders[(language, r.GetString(0))] = r.GetGuid(1);
                    if (PlainSql.Text(r, 4) == language) holders[(language, r.GetString(3))] = r.GetGuid(1);
                }
            }
        return holders;
    }

    /// <summary>Well under the parameter limits of SQLite (32,766) and PostgreSQL (65,535).</summary>
    private const int SlugsPerQuery = 1000;

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
