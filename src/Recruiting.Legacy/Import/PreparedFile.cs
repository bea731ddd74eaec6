using System.Security.Cryptography;
using System.Text;
using Recruiting.Legacy.Hugo;

namespace Recruiting.Legacy.Import;

/// <summary>A file read, hashed and parsed, waiting to be written.</summary>
internal sealed record PreparedFile(FileReport Report, ImportSource Source, string Hash, LegacyPosting Posting, string Language, ImportState.Row? Existing);

/// <summary>Phase one of a run: skip, recognise unchanged files by their hash (without parsing them), parse the rest.</summary>
internal static class FilePreparer
{
    public static PreparedFile? Prepare(ImportSource source, FileReport report, ImportOptions options, ImportState state)
    {
        if (!ImportSourceReader.IsReadable(source.Path))
        {
            report.Outcome = FileOutcome.Skipped;
            report.Messages.Add(new ImportMessage("info", "skipped-type",
                $"Not a Markdown file ({string.Join(", ", ImportSourceReader.Extensions)}); not read."));
            return null;
        }
        var hash = Hash(source.Text, options.Language);
        var existing = state.BySource(source.Path);
        if (existing is not null && existing.Hash == hash)
        {
            report.Outcome = FileOutcome.Unchanged;
            (report.PostingId, report.Language, report.Slug, report.LanguageDecidedBy) = (existing.Id, existing.Language, existing.Slug, "previous import");
            return null;
        }
        var parsed = HugoParser.Parse(source.Text);
        if (parsed.Document is null)
        {
            report.Outcome = FileOutcome.Rejected;
            report.Messages.Add(parsed.Error!);
            return null;
        }
        var posting = LegacyPosting.From(parsed.Document);
        var language = LanguageDecider.Decide(source.Path, options.Language,
            () => posting.Fields.Title + "\n" + posting.Fields.Description + "\n" + posting.Body);
        (report.Language, report.LanguageDecidedBy) = (language.Language, language.DecidedBy);
        if (language.Warning is not null) report.Messages.Add(language.Warning);
        report.Messages.AddRange(posting.Warnings);
        return new PreparedFile(report, source, hash, posting, language.Language, existing);
    }

    /// <summary>The text's SHA-256, plus the forced language if any: re-importing with another --lang is a change.</summary>
    private static string Hash(string text, string? language)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexString(bytes) + (language is null ? "" : ":" + language);
    }
}
