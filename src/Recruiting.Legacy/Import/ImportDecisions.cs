using Recruiting.Core.Content;
using Recruiting.Core.Workflow;
using Recruiting.Legacy.Hugo;

namespace Recruiting.Legacy.Import;

/// <summary>
/// Phase two: for one parsed file, the slug, the translation key and the redirects, decided from the run's
/// <see cref="ImportState"/> only, with every ambiguity reported on the file.
/// <para>Every posting keeps its file's translationKey: a re-posted job has several postings per language with one key,
/// and the public readers pair each with a counterpart of the other language (PublicTranslations).</para>
/// </summary>
internal static class ImportDecisions
{
    public static PostingImport Decide(PreparedFile file, ImportState state, IReadOnlyDictionary<string, string> servedBy, bool force)
    {
        var (report, fields, existing) = (file.Report, file.Posting.Fields, file.Existing);
        var language = file.Language;
        var id = existing?.Id ?? Guid.NewGuid();
        var slug = existing?.Slug ?? NewSlug(file, state);
        report.Slug = slug;

        var fileKey = fields.TranslationKey;
        var key = fileKey ?? slug;
        if (fileKey is null)
            report.Messages.Add(ImportMessage.Warning("translation-key-missing", $"No translationKey: the posting's key is its slug '{slug}', linked to no translation.",
                "Add the translationKey its translation uses, and import again.", LegacyKeys.TranslationKey) with { Args = [slug] });

        // A posting and its translation (other language, same translationKey) are one job with one leverId.
        if (fields.LeverId is { } lever)
            foreach (var other in state.WithLeverId(lever).Where(r => r.Id != existing?.Id && (r.Language == language || r.TranslationKey != key)))
                report.Ambiguities.Add(new ImportMessage("ambiguity", "lever-id-shared",
                    $"leverId '{lever}' is also on the posting {other.Label}, which is not its translation; both are kept, neither is linked to the other.",
                    LegacyKeys.LeverId, Action: "If one file is a renamed copy of the other, archive or delete the stale posting.") with { Args = [lever, other.Label] });

        var extras = new Dictionary<string, string>(file.Posting.Extras);
        if (key != fileKey && !extras.ContainsKey(LegacyKeys.TranslationKey))
            extras[LegacyKeys.TranslationKey] = fileKey is null ? LegacyKeys.AbsentMarker : LegacyJson.Text(fileKey);

        var urls = LegacyUrls.Of(file.Source.Path, language, fields, file.Posting.Slug);
        var redirects = Redirects(file, urls, language, slug, existing?.Id ?? id, state, servedBy);
        var content = file.Posting.ToContent(extras) with { Aliases = urls.Aliases };
        extras[ImportedText.Key] = ImportedText.Record(file.Posting.FrontMatterText, content, slug, key, fields.Archived);
        var input = new PostingInput(language, slug, key, content with { ExtraFrontMatter = extras });
        return new PostingImport(id, existing is null, input, fields.Archived, file.Source.Path, file.Hash, redirects, force);
    }

    /// <summary>
    /// For every old path several of the run's files claim, the file whose page Hugo's output showed there: Hugo wrote
    /// English before French, in each language pages before aliases, each in path order, the last write winning. The
    /// file-name form of a path, which Hugo never wrote, counts only where no page or alias is. A path one file alone
    /// claims is left out (that file is the one served there), so that a run keeps an entry per shared path, not per file.
    /// </summary>
    public static Dictionary<string, string> ServedPaths(IEnumerable<(string Path, FileOutline Outline)> files)
    {
        var best = new Dictionary<string, ((int, int, string) Rank, string Source, bool Shared)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var urls = file.Outline.Urls;
            var language = Languages.All.ToList().IndexOf(file.Outline.Language);
            var order = HugoAddresses.WalkOrder(file.Path, file.Outline.Language);
            void Claim(string? path, int kind)
            {
                if (path is null) return;
                var key = RedirectPath.Normalize(path);
                var rank = kind < 0 ? (-1, kind, order) : (language, kind, order);
                if (!best.TryGetValue(key, out var held)) best[key] = (rank, file.Path, false);
                else
                {
                    var shared = held.Shared || held.Source != file.Path;
                    best[key] = Compare(rank, held.Rank) > 0 ? (rank, file.Path, shared) : held with { Shared = shared };
                }
            }
            Claim(urls.FileName, -1);
            Claim(urls.Page, 0);
            foreach (var alias in urls.Aliases) Claim(alias, 1);
        }
        return best.Where(kv => kv.Value.Shared).ToDictionary(kv => kv.Key, kv => kv.Value.Source, StringComparer.Ordinal);
    }

    private static int Compare((int, int, string) a, (int, int, string) b) =>
        a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : a.Item2 != b.Item2 ? a.Item2.CompareTo(b.Item2) : string.CompareOrdinal(a.Item3, b.Item3);

    private static string NewSlug(PreparedFile file, ImportState state)
    {
        var (baseSlug, decidedBy) = SlugRules.Base(file.Source.Path, file.Posting.Fields.Urls, file.Posting.Fields.Title, file.Posting.Slug);
        var slug = SlugRules.Unique(baseSlug, s => state.SlugTaken(file.Language, s));
        if (slug != baseSlug)
            file.Report.Ambiguities.Add(new ImportMessage("ambiguity", "slug-taken",
                $"The slug '{baseSlug}' (from the {decidedBy}) is taken in {file.Language}; this posting got '{slug}'.",
                "slug", Action: "Rename it in the console if another slug fits better.") { Args = [baseSlug, decidedBy, file.Language, slug] });
        return slug;
    }

    private static List<string> Redirects(PreparedFile file, LegacyUrls urls, string language, string slug, Guid self, ImportState state,
        IReadOnlyDictionary<string, string> servedBy)
    {
        var canonical = RedirectPath.Normalize(PostingUrls.Canonical(language, slug));
        var paths = new List<string>();
        foreach (var path in urls.Paths)
        {
            if (path == canonical) continue;
            if (servedBy.GetValueOrDefault(path) is { } winner && winner != file.Source.Path)
            {
                file.Report.Ambiguities.Add(new ImportMessage("ambiguity", "redirect-other-file",
                    $"The old path '{path}' also belongs to {winner}, whose page Hugo's output showed there; it redirects to that posting.",
                    LegacyKeys.Aliases, Action: "Nothing to do if that is right; otherwise remove the alias from one of the files.") { Args = [path, winner] });
                continue;
            }
            var owner = state.RedirectOwner(path);
            if (owner is null) paths.Add(path);
            else if (owner != self)
                file.Report.Ambiguities.Add(ImportMessage.RedirectTaken(PostingValidator.RedirectTaken(path, state.LabelOf(owner.Value))));
        }
        return paths;
    }
}
