using System.Text;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Legacy.Hugo;
using Recruiting.Legacy.Import;

namespace Recruiting.Legacy.Export;

/// <summary>
/// Writes every posting not in the trash back as a Hugo Markdown file: its published content, or its draft when it was
/// never published; `archived: true` when archived. An imported posting goes back to the path it was imported from
/// (relative to the import's folder), so importing the export gives it the same identity, slug and old addresses;
/// others go to content/{lang}/careers/positions/{slug}.md. While a posting is as imported, its file is the legacy
/// file byte for byte (<see cref="ImportedText"/>). Otherwise the fields are written, and every old path that
/// redirects to the posting and that its file would not give back (a former slug, a path set in the console) is
/// written as an alias. Existing files of the same name are overwritten; others are left alone.
/// </summary>
public sealed class HugoExporter(RecruitingDb db, PageTypeSet pageTypes)
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public async Task<int> ExportAsync(string folder, CancellationToken ct = default)
    {
        var redirects = (await db.Redirects.AsNoTracking().Select(r => new { r.PostingId, r.Path }).ToListAsync(ct))
            .ToLookup(r => r.PostingId, r => r.Path);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        var postings = db.Postings.AsNoTracking().Where(p => p.TrashedAt == null).OrderBy(p => p.Language).ThenBy(p => p.Slug);
        await foreach (var posting in postings.AsAsyncEnumerable().WithCancellation(ct))
        {
            var path = Path.Combine(folder, RelativePath(posting, used));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, ToHugo(posting, redirects[posting.Id].ToList(), pageTypes.JobPosting), Utf8NoBom, ct);
            count++;
        }
        return count;
    }

    /// <summary>The import source when it is a relative path inside the folder, else content/{lang}/careers/positions/{slug}.md.</summary>
    public static string RelativePath(Posting posting, ISet<string> used)
    {
        var source = posting.ImportSource;
        var inside = source is not null && !Path.IsPathRooted(source) && !source.Split('/').Contains("..") && used.Add(source);
        if (inside) return source!;
        // The published version at its published address; a never-published draft at its own.
        var fallback = $"content/{posting.PublishedLanguage ?? posting.Language}/careers/positions/{posting.PublishedSlug ?? posting.Slug}";
        var name = fallback + ".md";
        for (var n = 2; !used.Add(name); n++) name = $"{fallback}-{n}.md";
        return name;
    }

    /// <summary>The posting's file; its custom fields are those <paramref name="type"/> declares (the job posting's by default).</summary>
    public static string ToHugo(Posting posting, IReadOnlyCollection<string>? redirectPaths = null, PageType? type = null)
    {
        var c = posting.Published ?? posting.Draft;
        var (language, slug, key) = (posting.PublishedLanguage ?? posting.Language, posting.PublishedSlug ?? posting.Slug,
            posting.PublishedTranslationKey ?? posting.TranslationKey);
        var archived = posting.Status == PostingStatus.Archived;
        var carried = Carried(posting, language, slug, c, redirectPaths ?? []);
        if (carried.Count == 0 && ImportedText.Unchanged(c, slug, key, archived) is { } frontMatter)
            return frontMatter + c.BodyMarkdown;
        var fields = new LegacyFields(c.Title, c.Description, archived, key,
            c.LeverId, c.Aliases.Concat(carried).ToList(), c.Urls, c.Layout, c.Type);
        var extras = c.ExtraFrontMatter.Where(kv => !ImportedText.IsReserved(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var (factKey, value) in JobFactsKeys.Write(c)) extras[factKey] = LegacyJson.Text(value);
        foreach (var (fieldKey, value) in CustomFieldKeys.Write(type ?? PageTypes.JobPosting, c)) extras[fieldKey] = LegacyJson.Text(value);
        if (c.Urls.Count == 0 && posting.ImportSource is { } source && SlugRules.Base(source, c.Urls, c.Title, SlugKey(c)).Slug != slug)
            extras["slug"] = LegacyJson.Text(slug); // the file would give another slug on import; Hugo then serves it there too
        return HugoFileWriter.Write(fields, extras, c.BodyMarkdown);
    }

    private static string SlugKey(PostingContent c) =>
        c.ExtraFrontMatter.TryGetValue("slug", out var json) ? HugoValues.CastString(System.Text.Json.Nodes.JsonNode.Parse(json)).Trim('-') : "";

    /// <summary>The posting's redirects its file would not give back on import: they are written as aliases.</summary>
    private static List<string> Carried(Posting posting, string language, string slug, PostingContent c, IReadOnlyCollection<string> redirectPaths)
    {
        if (redirectPaths.Count == 0) return [];
        var fields = new LegacyFields(c.Title, c.Description, false, null, c.LeverId, c.Aliases, c.Urls, c.Layout, c.Type);
        var derived = posting.ImportSource is { } source
            ? LegacyUrls.Of(source, language, fields, SlugKey(c)).Paths.ToHashSet()
            : c.Aliases.Concat(c.Urls).Select(RedirectPath.Normalize).ToHashSet();
        derived.Add(RedirectPath.Normalize(PostingUrls.Canonical(language, slug)));
        return redirectPaths.Where(p => !derived.Contains(p)).Order(StringComparer.Ordinal).ToList();
    }
}
