using Recruiting.Legacy.Import;

namespace Recruiting.Web.Cli;

/// <summary>The import report for a person: one line per file that needs attention, then the summary.</summary>
public static class ImportReportText
{
    public static async Task WriteAsync(ImportReport report, TextWriter output)
    {
        foreach (var file in report.Files.Where(f => f.NeedsAttention && f.Outcome != FileOutcome.Skipped))
        {
            var language = file.Language is null ? "" : $" [{file.Language}, by {file.LanguageDecidedBy}]";
            await output.WriteLineAsync($"{file.Outcome.ToString().ToLowerInvariant()}: {file.Path}{language}");
            foreach (var m in file.Messages.Concat(file.Ambiguities))
                await output.WriteLineAsync($"  {m.Severity}: {m}");
        }
        var skipped = report.Files.Where(f => f.Outcome == FileOutcome.Skipped).Select(f => f.Path).ToList();
        if (skipped.Count > 0) await output.WriteLineAsync($"skipped (not .md, .markdown or .txt): {string.Join(", ", skipped)}");
        await output.WriteLineAsync(report.Summary());
    }
}
