using Recruiting.Core.Content;
using Recruiting.Core.Storage;

namespace Recruiting.Legacy.Import;

/// <summary>
/// What the importer needs to know about the database, loaded once per run (a few narrow queries) and kept up to
/// date as files are written, so deciding a file costs no query: postings by import source, slugs, leverIds and redirect owners.
/// </summary>
internal sealed class ImportState
{
    public sealed record Row(Guid Id, string? Source, string? Hash, int Version, int? ImportedVersion, string Language, string Slug, string TranslationKey, string? LeverId)
    {
        public string Label => $"{Language}/{Slug}" + (Source is null ? "" : $" (from {Source})");
        public bool EditedSinceImport => Version > (ImportedVersion ?? 0);
    }

    private readonly Dictionary<string, Row> _bySource = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Row> _byId = [];
    private readonly HashSet<(string, string)> _slugs = [];
    /// <summary>Published addresses: a posting renamed in its draft still holds the slug it is public at.</summary>
    private readonly Dictionary<Guid, (string, string)> _published = [];
    private readonly HashSet<(string, string)> _publishedSlugs = [];
    private readonly Dictionary<string, List<Guid>> _leverIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Guid> _redirects = new(StringComparer.Ordinal);

    /// <summary>Reads the state with plain SQL (<see cref="PlainSql"/>), on the context's open connection.</summary>
    public static async Task<ImportState> LoadAsync(RecruitingDb db, CancellationToken ct)
    {
        var state = new ImportState();
        var postings = new PlainSql(db, typeof(Posting));
        var select = postings.Select(nameof(Posting.Id), nameof(Posting.ImportSource), nameof(Posting.ImportHash), nameof(Posting.Version),
            nameof(Posting.ImportedVersion), nameof(Posting.Language), nameof(Posting.Slug), nameof(Posting.TranslationKey), nameof(Posting.LeverId),
            nameof(Posting.PublishedLanguage), nameof(Posting.PublishedSlug));
        await foreach (var r in postings.ReadAsync($"{select} ORDER BY {postings[nameof(Posting.CreatedAt)]}, {postings[nameof(Posting.Id)]}", ct: ct))
        {
            var row = new Row(r.GetGuid(0), PlainSql.Text(r, 1), PlainSql.Text(r, 2), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetInt32(4),
                r.GetString(5), r.GetString(6), r.GetString(7), PlainSql.Text(r, 8));
            state.Remember(row, PlainSql.Text(r, 9) is { } language && PlainSql.Text(r, 10) is { } slug ? (language, slug) : null);
        }
        var redirects = new PlainSql(db, typeof(Redirect));
        await foreach (var r in redirects.ReadAsync(redirects.Select(nameof(Redirect.Path), nameof(Redirect.PostingId)), ct: ct))
            state._redirects[r.GetString(0)] = r.GetGuid(1);
        return state;
    }

    public Row? BySource(string source) => _bySource.GetValueOrDefault(source);
    public Row? ById(Guid id) => _byId.GetValueOrDefault(id);
    public bool SlugTaken(string language, string slug) => _slugs.Contains((language, slug)) || _publishedSlugs.Contains((language, slug));
    public IEnumerable<Row> WithLeverId(string leverId) => _leverIds.TryGetValue(leverId, out var ids) ? ids.Select(i => _byId[i]) : [];
    public Guid? RedirectOwner(string path) => _redirects.TryGetValue(path, out var id) ? id : null;

    /// <summary>Which file of this run Hugo showed at an old path (see <see cref="ImportDecisions.ServedPaths"/>).</summary>
    public string? ServedBy(string path) => _servedBy.GetValueOrDefault(path);
    public void Served(Dictionary<string, string> servedBy) => _servedBy = servedBy;
    private Dictionary<string, string> _servedBy = new(StringComparer.Ordinal);

    /// <summary>
    /// Records a posting as written (or, in a dry run, as it would be), replacing what was known of it, with the
    /// address it is public at (null: not published).
    /// </summary>
    public void Remember(Row row, (string Language, string Slug)? published, IEnumerable<string>? redirectPaths = null)
    {
        if (_published.Remove(row.Id, out var former)) _publishedSlugs.Remove(former);
        if (published is { } address)
        {
            _published[row.Id] = address;
            _publishedSlugs.Add(address);
        }
        if (_byId.TryGetValue(row.Id, out var old))
        {
            _slugs.Remove((old.Language, old.Slug));
            if (old.LeverId is not null) _leverIds.GetValueOrDefault(old.LeverId)?.Remove(old.Id);
        }
        _byId[row.Id] = row;
        if (row.Source is not null) _bySource[row.Source] = row;
        _slugs.Add((row.Language, row.Slug));
        if (!string.IsNullOrEmpty(row.LeverId))
        {
            if (!_leverIds.TryGetValue(row.LeverId, out var list)) _leverIds[row.LeverId] = list = [];
            list.Add(row.Id);
        }
        foreach (var path in redirectPaths ?? []) _redirects[path] = row.Id;
    }
}
