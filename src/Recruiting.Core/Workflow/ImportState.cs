using Recruiting.Core.Content;
using Recruiting.Core.Storage;

namespace Recruiting.Core.Workflow;

/// <summary>
/// Who holds what, as an import sees it: postings by import source and id, slugs (a draft's and the published one),
/// leverIds and redirect paths. The importer loads it whole once per run (<see cref="LoadAsync"/>)
/// and decides every file from it, so deciding costs no query; the save pipeline loads the same object for just the
/// batch it writes (<see cref="LoadForAsync"/>), so its checks read the rows as they are at that moment. Every posting
/// recorded (<see cref="Remember"/>) or claimed while a batch is applied holds its slug and paths at once, so two files
/// cannot take the same one.
/// </summary>
public sealed class ImportState
{
    public sealed record Row(Guid Id, string? Source, string? Hash, int Version, int? ImportedVersion, string Language, string Slug, string TranslationKey, string? LeverId)
    {
        private readonly ImportHashBytes _hash = ImportHashBytes.From(Hash);
        public string? Hash => _hash.Text;
        /// <summary>Whether the posting was imported from a text with this <paramref name="hash"/>; cheaper than comparing with <see cref="Hash"/>.</summary>
        public bool HasHash(string hash) => _hash.Is(hash);
        public string Label => $"{Language}/{Slug}" + (Source is null ? "" : $" (from {Source})");
        public bool EditedSinceImport => Version > (ImportedVersion ?? 0);
    }

    private readonly Dictionary<string, Row> _bySource = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Row> _byId = [];
    private readonly Dictionary<(string, string), Guid> _draftSlugs = [];
    /// <summary>Published addresses: a posting renamed in its draft still holds the slug it is public at.</summary>
    private readonly Dictionary<Guid, (string, string)> _published = [];
    private readonly Dictionary<(string, string), Guid> _publishedSlugs = [];
    private readonly Dictionary<string, List<Guid>> _leverIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Guid> _redirects = new(StringComparer.Ordinal);
    /// <summary>One copy per run of each language, translation key and leverId: a job's postings share them.</summary>
    private readonly HashSet<string> _shared = new(StringComparer.Ordinal);

    /// <summary>Every posting and redirect, read with plain SQL (<see cref="PlainSql"/>) on the context's open connection.</summary>
    public static async Task<ImportState> LoadAsync(RecruitingDb db, CancellationToken ct)
    {
        var state = new ImportState();
        var postings = new PlainSql(db, typeof(Posting));
        await state.ReadPostingsAsync(postings, $" ORDER BY {postings[nameof(Posting.CreatedAt)]}, {postings[nameof(Posting.Id)]}", [], ct);
        var redirects = new PlainSql(db, typeof(Redirect));
        await state.ReadRedirectsAsync(redirects, "", [], ct);
        return state;
    }

    /// <summary>
    /// Only what a batch of imports can touch: the postings holding its slugs and the redirects at its paths, a few
    /// queries for the whole batch. Plain SQL: a first import then never pays for compiling EF's LINQ pipeline.
    /// </summary>
    public static async Task<ImportState> LoadForAsync(RecruitingDb db, IReadOnlyList<PostingImport> imports, CancellationToken ct)
    {
        var state = new ImportState();
        var postings = new PlainSql(db, typeof(Posting));
        foreach (var language in imports.Select(i => i.Input.Language).Distinct())
            foreach (var slugs in imports.Where(i => i.Input.Language == language).Select(i => i.Input.Slug).Distinct().Chunk(ValuesPerQuery))
            {
                var list = string.Join(", ", slugs.Select((_, i) => "@p" + (i + 1)));
                await state.ReadPostingsAsync(postings,
                    $" WHERE ({postings[nameof(Posting.Language)]} = @p0 AND {postings[nameof(Posting.Slug)]} IN ({list}))"
                    + $" OR ({postings[nameof(Posting.PublishedLanguage)]} = @p0 AND {postings[nameof(Posting.PublishedSlug)]} IN ({list}))",
                    [language, .. slugs], ct);
            }
        var redirects = new PlainSql(db, typeof(Redirect));
        foreach (var paths in imports.SelectMany(i => i.RedirectPaths).Distinct().Chunk(ValuesPerQuery))
            await state.ReadRedirectsAsync(redirects,
                $" WHERE {redirects[nameof(Redirect.Path)]} IN ({string.Join(", ", paths.Select((_, i) => "@p" + i))})", paths, ct);
        return state;
    }

    /// <summary>Well under the parameter limits of SQLite (32,766) and PostgreSQL (65,535).</summary>
    private const int ValuesPerQuery = 1000;

    private async Task ReadPostingsAsync(PlainSql postings, string where, IReadOnlyList<object> parameters, CancellationToken ct)
    {
        var select = postings.Select(nameof(Posting.Id), nameof(Posting.ImportSource), nameof(Posting.ImportHash), nameof(Posting.Version),
            nameof(Posting.ImportedVersion), nameof(Posting.Language), nameof(Posting.Slug), nameof(Posting.TranslationKey), nameof(Posting.LeverId),
            nameof(Posting.PublishedLanguage), nameof(Posting.PublishedSlug));
        await foreach (var r in postings.ReadAsync(select + where, parameters, ct))
        {
            var row = new Row(r.GetGuid(0), PlainSql.Text(r, 1), PlainSql.Text(r, 2), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetInt32(4),
                r.GetString(5), r.GetString(6), r.GetString(7), PlainSql.Text(r, 8));
            Remember(row, PlainSql.Text(r, 9) is { } language && PlainSql.Text(r, 10) is { } slug ? (Share(language), slug == row.Slug ? row.Slug : slug) : null);
        }
    }

    private async Task ReadRedirectsAsync(PlainSql redirects, string where, IReadOnlyList<object> parameters, CancellationToken ct)
    {
        await foreach (var r in redirects.ReadAsync(redirects.Select(nameof(Redirect.Path), nameof(Redirect.PostingId)) + where, parameters, ct))
            _redirects[r.GetString(0)] = r.GetGuid(1);
    }

    /// <summary>
    /// Makes room for <paramref name="postings"/> more postings to be remembered, so that the indexes are sized once
    /// for a run's files instead of doubling as they fill (up to half their room unused, and each old copy garbage).
    /// </summary>
    public void Expect(int postings)
    {
        _bySource.EnsureCapacity(_bySource.Count + postings);
        _byId.EnsureCapacity(_byId.Count + postings);
        _draftSlugs.EnsureCapacity(_draftSlugs.Count + postings);
        _published.EnsureCapacity(_published.Count + postings);
        _publishedSlugs.EnsureCapacity(_publishedSlugs.Count + postings);
    }

    public Row? BySource(string source) => _bySource.GetValueOrDefault(source);
    public Row? ById(Guid id) => _byId.GetValueOrDefault(id);
    public bool SlugTaken(string language, string slug) => _draftSlugs.ContainsKey((language, slug)) || _publishedSlugs.ContainsKey((language, slug));
    public IEnumerable<Row> WithLeverId(string leverId) => _leverIds.TryGetValue(leverId, out var ids) ? ids.Select(i => _byId[i]) : [];
    public Guid? RedirectOwner(string path) => _redirects.TryGetValue(path, out var id) ? id : null;
    /// <summary>Who to name when <paramref name="id"/> holds something another posting wanted.</summary>
    public string LabelOf(Guid id) => ById(id)?.Label ?? id.ToString();

    /// <summary>Takes the slug for <paramref name="owner"/>; false when another posting holds it, in its draft or published.</summary>
    public bool TryClaimSlug(string language, string slug, Guid owner)
    {
        if (_draftSlugs.TryGetValue((language, slug), out var holder) && holder != owner) return false;
        if (_publishedSlugs.TryGetValue((language, slug), out var publicHolder) && publicHolder != owner) return false;
        _draftSlugs[(language, slug)] = owner;
        return true;
    }

    /// <summary>Takes a free redirect path for <paramref name="owner"/> (see <see cref="RedirectOwner"/>).</summary>
    public void ClaimRedirect(string path, Guid owner) => _redirects.TryAdd(path, owner);

    /// <summary>
    /// Records a posting as written (or, in a dry run, as it would be), replacing what was known of it, with the
    /// address it is public at (null: not published).
    /// </summary>
    public void Remember(Row row, (string Language, string Slug)? published, IEnumerable<string>? redirectPaths = null)
    {
        row = Shared(row);
        if (_published.Remove(row.Id, out var former) && _publishedSlugs.GetValueOrDefault(former) == row.Id) _publishedSlugs.Remove(former);
        if (published is { } address)
        {
            _published[row.Id] = address;
            _publishedSlugs[address] = row.Id;
        }
        if (_byId.TryGetValue(row.Id, out var old))
        {
            if (_draftSlugs.GetValueOrDefault((old.Language, old.Slug)) == old.Id) _draftSlugs.Remove((old.Language, old.Slug));
            if (old.LeverId is not null) _leverIds.GetValueOrDefault(old.LeverId)?.Remove(old.Id);
        }
        _byId[row.Id] = row;
        if (row.Source is not null) _bySource[row.Source] = row;
        _draftSlugs[(row.Language, row.Slug)] = row.Id;
        if (!string.IsNullOrEmpty(row.LeverId))
        {
            if (!_leverIds.TryGetValue(row.LeverId, out var list)) _leverIds[row.LeverId] = list = new(1); // most jobs have one posting per language
            list.Add(row.Id);
        }
        foreach (var path in redirectPaths ?? []) _redirects[path] = row.Id;
    }

    /// <summary>The row with the run's copies of its language, translation key and leverId (the slug's when the key is the same text).</summary>
    private Row Shared(Row row)
    {
        var (language, key, leverId) = (Share(row.Language), row.TranslationKey == row.Slug ? row.Slug : Share(row.TranslationKey), row.LeverId is { } l ? Share(l) : null);
        return ReferenceEquals(language, row.Language) && ReferenceEquals(key, row.TranslationKey) && ReferenceEquals(leverId, row.LeverId) ? row
            : row with { Language = language, TranslationKey = key, LeverId = leverId };
    }

    private string Share(string text)
    {
        if (_shared.TryGetValue(text, out var copy)) return copy;
        _shared.Add(text);
        return text;
    }
}
