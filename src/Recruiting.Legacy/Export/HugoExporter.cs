using System.Text;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Legacy.Hugo;

namespace Recruiting.Legacy.Export;

/// <summary>
/// Writes every posting not in the trash back as Hugo Markdown under DIR/content/{lang}/careers/positions/{slug}.md:
/// its published content, or its draft when it was never published; `archived: true` when archived.
/// Existing files of the same name are overwritten; others are left alone.
/// </summary>
public sealed class HugoExporter(RecruitingDb db)
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public async Task<int> ExportAsync(string folder, CancellationToken ct = default)
    {
        var count = 0;
        var postings = db.Postings.AsNoTracking().Where(p => p.TrashedAt == null).OrderBy(p => p.Language).ThenBy(p => p.Slug);
        await foreach (var posting in postings.AsAsyncEnumerable().WithCancellation(ct))
        {
            // The published version at its published address; a never-published draft at its own.
            var path = Path.Combine(folder, "content", posting.PublishedLanguage ?? posting.Language, "careers", "positions",
                (posting.PublishedSlug ?? posting.Slug) + ".md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, ToHugo(posting), Utf8NoBom, ct);
            count++;
        }
        return count;
    }

    public static string ToHugo(Posting posting)
    {
        var c = posting.Published ?? posting.Draft;
        var fields = new LegacyFields(c.Title, c.Description, posting.Status == PostingStatus.Archived, posting.PublishedTranslationKey ?? posting.TranslationKey,
            c.LeverId, c.Aliases, c.Urls, c.Layout, c.Type);
        return HugoFileWriter.Write(fields, c.ExtraFrontMatter, c.BodyMarkdown);
    }
}
