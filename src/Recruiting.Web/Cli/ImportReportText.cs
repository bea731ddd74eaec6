using Recruiting.Legacy.Import;

namespace Recruiting.Web.Cli;

/// <summary>
/// The import report for a person, gathered as the run finishes each file (see <see cref="IFileReportSink"/>), in the
/// order the files were given. By default it stays short whatever the run's size, and so does what it keeps: each
/// rejected or conflicting file with its messages (each needs an action), one line per kind of warning or ambiguity
/// with how many files have it and the first of them, then the summary. With --verbose: every file read, with its
/// outcome and each of its messages, so every file's report is kept until the end.
/// </summary>
public sealed class ImportReportText(bool verbose = false) : IFileReportSink
{
    /// <summary>Skipped files named by default; past this, they are counted.</summary>
    private const int SkippedNamed = 5;

    /// <summary>The files listed in full, by their position in the order given.</summary>
    private readonly SortedList<int, FileReport> _listed = [];
    private readonly Dictionary<(string Severity, string Code), Kind> _kinds = [];
    /// <summary>The skipped files named, by position: all with --verbose, else the first ones.</summary>
    private readonly SortedList<int, string> _skipped = [];
    private int _skippedCount;

    /// <summary>A kind of message on files not listed in full: how many files have it, and the first of them.</summary>
    private sealed class Kind(int index, string path)
    {
        public int Files;
        public (int Index, string Path) First = (index, path);
    }

    public void Add(int index, FileReport file)
    {
        if (file.Outcome == FileOutcome.Skipped)
        {
            _skippedCount++;
            _skipped.Add(index, file.Path);
            if (!verbose && _skipped.Count > SkippedNamed) _skipped.RemoveAt(_skipped.Count - 1);
            return;
        }
        if (verbose || file.Outcome is FileOutcome.Rejected or FileOutcome.Conflict)
        {
            _listed.Add(index, file);
            return;
        }
        foreach (var key in file.Messages.Concat(file.Ambiguities).Select(m => (m.Severity, m.Code)).Distinct())
        {
            if (!_kinds.TryGetValue(key, out var kind)) _kinds[key] = kind = new Kind(index, file.Path);
            kind.Files++;
            if (index < kind.First.Index) kind.First = (index, file.Path);
        }
    }

    public async Task WriteAsync(ImportReport report, TextWriter output)
    {
        foreach (var file in _listed.Values)
        {
            var language = file.Language is null ? "" : $" [{file.Language}, by {file.LanguageDecidedBy}]";
            var slug = file.Slug is null || file.Outcome is FileOutcome.Rejected ? "" : $" → {file.Language}/{file.Slug}";
            await output.WriteLineAsync($"{file.Outcome.ToString().ToLowerInvariant()}: {file.Path}{language}{slug}");
            foreach (var m in file.Messages.Concat(file.Ambiguities))
                await output.WriteLineAsync($"  {m.Severity}: {m}");
        }
        var kinds = _kinds.OrderBy(k => k.Key.Severity, StringComparer.Ordinal).ThenBy(k => k.Key.Code, StringComparer.Ordinal).ToList();
        foreach (var (key, kind) in kinds)
            await output.WriteLineAsync($"{key.Severity} {key.Code}: {Files(kind.Files)}, e.g. {kind.First.Path}");
        if (kinds.Count > 0) await output.WriteLineAsync("Run again with --verbose to list every file with its messages.");
        if (_skippedCount > 0)
            await output.WriteLineAsync(verbose || _skippedCount <= SkippedNamed
                ? $"skipped (not .md, .markdown or .txt): {string.Join(", ", _skipped.Values)}"
                : $"skipped (not .md, .markdown or .txt): {Files(_skippedCount)}, e.g. {_skipped.Values[0]}");
        await output.WriteLineAsync(report.Summary());
    }

    private static string Files(int count) => count == 1 ? "1 file" : $"{count} files";
}
