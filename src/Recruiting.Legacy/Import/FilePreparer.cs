using System.Security.Cryptography;
using System.Text;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;
using Recruiting.Legacy.Hugo;

namespace Recruiting.Legacy.Import;

/// <summary>Phase one of a run: skip, recognise unchanged files by their hash (without parsing them), parse the rest.</summary>
internal static class FilePreparer
{
    /// <summary>
    /// Reads one file. <paramref name="state"/> is null while the database state is still loading: the file is then
    /// parsed even if it may turn out unchanged, and <see cref="Settle"/> decides. Null when nothing is left to do.
    /// </summary>
    public static ReadFile? Read(ImportSource source, FileReport report, ImportOptions options, ImportState? state, PageType type)
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
        var language = LanguageDecider.Decide(source.Path, options.Language,
            () => posting.Fields.Title + "\n" + posting.Fields.Description + "\n" + posting.Body);
        (report.Language, report.LanguageDecidedBy) = (language.Language, language.DecidedBy);
        if (language.Warning is not null) report.Messages.Add(language.Warning);
        report.Messages.AddRange(posting.Warnings);
        return new ReadFile(source.Path, hash, new PreparedFile(report, source, hash, posting, language.Language, null));
    }

    /// <summary>With the database state known: an unchanged file is reported as such (whatever its parse said), the others get their posting.</summary>
    public static PreparedFile? Settle(ReadFile read, FileReport report, ImportState state)
    {
        if (Unchanged(state, read.Path, read.Hash, report)) return null;
        return read.File is { } file ? file with { Existing = state.BySource(read.Path) } : null;
    }

    private static bool Unchanged(ImportState state, string path, string hash, FileReport report)
    {
        if (state.BySource(path) is not { } existing || existing.Hash != hash) return false;
        report.Messages.Clear();
        report.Outcome = FileOutcome.Unchanged;
        (report.PostingId, report.Language, report.Slug, report.LanguageDecidedBy) = (existing.Id, existing.Language, existing.Slug, "previous import");
        return true;
    }

    /// <summary>The text's SHA-256, plus the forced language if any: re-importing with another --lang is a change.</summary>
    private static string Hash(string text, string? language)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexString(bytes) + (language is null ? "" : ":" + language);
    }
}
