using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;
using Recruiting.Legacy.Hugo;

namespace Recruiting.Legacy.Import;

/// <summary>
/// Pass one of a run: skip, recognise unchanged files by their hash (without parsing them), parse the rest and keep
/// only their outline (<see cref="Scan"/>). Pass two reads each file to write again, a chunk at a time (<see cref="Reread"/>).
/// </summary>
internal static class FilePreparer
{
    /// <summary>Reads one file (see <see cref="Read"/>) and keeps its hash and outline; the parse itself is left to the garbage collector.</summary>
    public static ScannedFile? Scan(ImportSource source, FileReport report, ImportOptions options, ImportState? state, PageType type) =>
        Read(source, report, options, state, type) is not { } read ? null
        : new ScannedFile(read.Path, read.Hash, read.File is { } f
            ? new FileOutline(f.Posting.Fields.Archived, f.Language, LegacyUrls.Of(f.Source.Path, f.Language, f.Posting.Fields, f.Posting.Slug))
            : null);

    /// <summary>
    /// Pass two: the file parsed again, for writing. Its report already holds what the first parse found. A file whose
    /// text is no longer the one scanned is rejected: the run decided its order and addresses from the old text.
    /// </summary>
    public static PreparedFile? Reread(ImportSource source, PendingFile pending, FileReport report, ImportOptions options, PageType type)
    {
        if (Read(source, new FileReport { Path = source.Path }, options, null, type, pending.Language) is { File: { } file } read && read.Hash == pending.Hash)
            return file with { Report = report, Existing = pending.Existing };
        report.Outcome = FileOutcome.Rejected;
        report.Messages.Add(ImportMessage.Error("changed-during-import", "The file changed while it was being imported; nothing of it was stored.",
            "Import it again once nothing writes to it."));
        return null;
    }

    /// <summary>
    /// Reads one file. <paramref name="state"/> is null while the database state is still loading: the file is then
    /// parsed even if it may turn out unchanged, and <see cref="Settle"/> decides. Null when nothing is left to do.
    /// </summary>
    internal static ReadFile? Read(ImportSource source, FileReport report, ImportOptions options, ImportState? state, PageType type, string? knownLanguage = null)
    {
        if (!ImportSourceReader.IsReadable(source.Path))
        {
            report.Outcome = FileOutcome.Skipped;
            report.Messages.Add(new ImportMessage("info", "skipped-type",
                $"Not a Markdown file ({string.Join(", ", ImportSourceReader.Extensions)}); not read.") with { Args = [string.Join(", ", ImportSourceReader.Extensions)] });
            return null;
        }
        var hash = Hash(source.Text, options.Language);
        if (source.Notice is { Severity: "error" } unread)
        {
            report.Outcome = FileOutcome.Rejected;
            report.Messages.Add(unread);
            return new ReadFile(source.Path, hash, null);
        }
        if (state is not null && Unchanged(state, source.Path, hash, report)) return null;
        if (source.Notice is { } notice) report.Messages.Add(notice);
        var parsed = HugoParser.Parse(source.Text);
        if (parsed.Document is null)
        {
            report.Outcome = FileOutcome.Rejected;
            report.Messages.Add(parsed.Error!);
            return new ReadFile(source.Path, hash, null);
        }
        if (HugoPageRules.Refusal(parsed.Document) is { } refusal)
        {
            report.Outcome = FileOutcome.Rejected;
            report.Messages.Add(refusal);
            return new ReadFile(source.Path, hash, null);
        }
        var posting = LegacyPosting.From(parsed.Document, type);
        var language = knownLanguage is not null ? new LanguageDecision(knownLanguage, "pass one")
            : LanguageDecider.Decide(source.Path, options.Language, () => posting.Fields.Title + "\n" + posting.Fields.Description + "\n" + posting.Body);
        (report.Language, report.LanguageDecidedBy) = (language.Language, language.DecidedBy);
        if (language.Warning is not null) report.Messages.Add(language.Warning);
        report.Messages.AddRange(posting.Warnings);
        return new ReadFile(source.Path, hash, new PreparedFile(report, source, hash, posting, language.Language, null));
    }

    /// <summary>With the database state known: an unchanged file is reported as such (whatever its parse said), the others wait for pass two with the posting they update.</summary>
    public static PendingFile? Settle(int index, ScannedFile scanned, FileReport report, ImportState state)
    {
        if (Unchanged(state, scanned.Path, scanned.Hash, report)) return null;
        return scanned.Outline is { } outline ? new PendingFile(index, scanned.Path, scanned.Hash, outline.Archived, outline.Language, state.BySource(scanned.Path)) : null;
    }

    private static bool Unchanged(ImportState state, string path, string hash, FileReport report)
    {
        if (state.BySource(path) is not { } existing || !existing.HasHash(hash)) return false;
        report.Messages.Clear();
        report.Outcome = FileOutcome.Unchanged;
        (report.PostingId, report.Language, report.Slug, report.LanguageDecidedBy) = (existing.Id, existing.Language, existing.Slug, "previous import");
        return true;
    }

    /// <summary>
    /// The text's SHA-256 (of its UTF-8 bytes), plus the forced language if any: re-importing with another --lang is a
    /// change. Every file is hashed in each pass, so its bytes go to a pooled buffer rather than a new array each time.
    /// </summary>
    private static string Hash(string text, string? language)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer)), hash);
            return Convert.ToHexString(hash) + (language is null ? "" : ":" + language);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
