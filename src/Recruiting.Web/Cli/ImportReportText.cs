using Recruiting.Legacy.Import;

namespace Recruiting.Web.Cli;

/// <summary>
/// The import report for a person. By default it stays short whatever the run's size: each rejected or conflicting
/// file with its messages (each needs an action), one line per kind of warning or ambiguity with how many files have
/// it, then the summary. With --verbose: every file read, with its outcome and each of its messages.
/// </summary>
public static class ImportReportText
{
    /// <summary>Skipped files named by default; past this, they are counted.</summary>
    private const int SkippedNamed = 5;

    public static async Task WriteAsync(ImportReport report, TextWriter output, bool verbose = false)
    {
        var read = report.Files.Where(f => f.Outcome != FileOutcome.Skipped).ToList();
        foreach (var file in read.Where(f => verbose || f.Outcome is FileOutcome.Rejected or FileOutcome.Conflict))
        {
            var language = file.Language is null ? "" : $" [{file.Language}, by {file.LanguageDecidedBy}]";
            var slug = file.Slug is null || file.Outcome is FileOutcome.Rejected ? "" : $" → {file.Language}/{file.Slug}";
            await output.WriteLineAsync($"{file.Outcome.ToString().ToLowerInvariant()}: {file.Path}{language}{slug}");
            foreach (var m in file.Messages.Concat(file.Ambiguities))
                await output.WriteLineAsync($"  {m.Severity}: {m}");
        }
        if (!verbose)
        {
            var kinds = read.Where(f => f.Outcome is not (FileOutcome.Rejected or FileOutcome.Conflict))
                .SelectMany(f => f.Messages.Concat(f.Ambiguities).Select(m => (m.Severity, m.Code, f.Path)).Distinct())
                .GroupBy(m => (m.Severity, m.Code))
                .OrderBy(g => g.Key.Severity, StringComparer.Ordinal).ThenBy(g => g.Key.Code, StringComparer.Ordinal).ToList();
            foreach (var kind in kinds)
                await output.WriteLineAsync($"{kind.Key.Severity} {kind.Key.Code}: {Files(kind.Count())}, e.g. {kind.First().Path}");
            if (kinds.Count > 0) await output.WriteLineAsync("Run again with --verbose to list every file with its messages.");
        }
        var skipped = report.Files.Where(f => f.Outcome == FileOutcome.Skipped).Select(f => f.Path).ToList();
        if (skipped.Count > 0)
            await output.WriteLineAsync(verbose || skipped.Count <= SkippedNamed
                ? $"skipped (not .md, .markdown or .txt): {string.Join(", ", skipped)}"
                : $"skipped (not .md, .markdown or .txt): {Files(skipped.Count)}, e.g. {skipped[0]}");
        await output.WriteLineAsync(report.Summary());
    }

    private static string Files(int count) => count == 1 ? "1 file" : $"{count} files";
}
