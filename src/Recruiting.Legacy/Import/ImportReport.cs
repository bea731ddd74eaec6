using System.Text.Json.Serialization;
using Recruiting.Core.Workflow;
using Recruiting.Legacy.Hugo;

namespace Recruiting.Legacy.Import;

[JsonConverter(typeof(JsonStringEnumConverter<FileOutcome>))]
public enum FileOutcome { Created, Updated, Unchanged, Rejected, Conflict, Skipped }

/// <summary>
/// A problem or remark about one file. <see cref="Line"/> and <see cref="Column"/> are 1-based positions in the
/// file when known; <see cref="Field"/> names the front-matter key; <see cref="Action"/> says what to do about it.
/// <see cref="Message"/> and <see cref="Action"/> are English; <see cref="Code"/> and <see cref="Args"/> (the values the
/// message names, in order) are what the console's translation is built from.
/// </summary>
public sealed record ImportMessage(string Severity, string Code, string Message, string? Field = null, int? Line = null, int? Column = null, string? Action = null)
{
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>The content check's finding this warning words, for the console to word it in its language.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Recruiting.Core.Lint.LintFinding? Lint { get; init; }

    public static ImportMessage Error(string code, string message, string? action = null, string? field = null, int? line = null, int? column = null) =>
        new("error", code, message, field, line, column, action);

    public static ImportMessage Warning(string code, string message, string? action = null, string? field = null) =>
        new("warning", code, message, field, null, null, action);

    /// <summary>An old path another posting already redirects: the save pipeline's rule and message (<see cref="PostingValidator.RedirectTaken"/>).</summary>
    public static ImportMessage RedirectTaken(FieldIssue issue) =>
        new("ambiguity", issue.Code, issue.Message, LegacyKeys.Aliases, Action: "Remove the alias from one of the two files, or move the redirect in the console.") { Args = issue.Args };

    public override string ToString()
    {
        var where = Line is { } l ? $"line {l}" + (Column is { } c ? $", column {c}" : "") + ": " : "";
        var field = Field is null ? "" : $"[{Field}] ";
        return $"{where}{field}{Message}" + (Action is null ? "" : $" {Action}");
    }
}

/// <summary>What happened to one file.</summary>
public sealed class FileReport
{
    public required string Path { get; init; }
    public FileOutcome Outcome { get; set; }
    public string? Language { get; set; }
    /// <summary>How the language was decided: option, path or text (see LanguageDecider).</summary>
    public string? LanguageDecidedBy { get; set; }
    public string? Slug { get; set; }
    public Guid? PostingId { get; set; }
    public List<ImportMessage> Messages { get; } = [];
    /// <summary>Shared translationKey, leverId or redirect path: what was decided and why.</summary>
    public List<ImportMessage> Ambiguities { get; } = [];

    [JsonIgnore]
    public bool NeedsAttention => Outcome is FileOutcome.Rejected or FileOutcome.Conflict || Messages.Count > 0 || Ambiguities.Count > 0;
}

/// <summary>
/// Receives each file's report as soon as the run is done with it (see <see cref="LegacyImporter"/>), from one thread
/// at a time, in the order the run finishes them: first the files pass one settles (skipped, unreadable, unchanged) in
/// the order given, then the others as their chunk is written.
/// </summary>
public interface IFileReportSink
{
    /// <param name="index">The file's position in the order given (<see cref="ImportFiles"/>).</param>
    /// <param name="file">Its report, final.</param>
    void Add(int index, FileReport file);
}

/// <summary>
/// The result of one import run: how many files had each outcome, and, unless the run handed them to an
/// <see cref="IFileReportSink"/> instead, every file's report in the order given.
/// </summary>
public sealed class ImportReport
{
    public bool DryRun { get; init; }
    /// <summary>Every file's report in the order given; empty when a sink received them.</summary>
    public List<FileReport> Files { get; } = [];

    private readonly int[] _outcomes = new int[Enum.GetValues<FileOutcome>().Length];

    public int Created => _outcomes[(int)FileOutcome.Created];
    public int Updated => _outcomes[(int)FileOutcome.Updated];
    public int Unchanged => _outcomes[(int)FileOutcome.Unchanged];
    public int Rejected => _outcomes[(int)FileOutcome.Rejected];
    public int Conflicts => _outcomes[(int)FileOutcome.Conflict];
    public int Skipped => _outcomes[(int)FileOutcome.Skipped];
    public int Warnings { get; private set; }
    public int Ambiguities { get; private set; }
    public bool Changed => Created + Updated > 0;
    /// <summary>Every file given, skipped ones included.</summary>
    [JsonIgnore]
    public int Total { get; private set; }

    public string Summary() =>
        (DryRun ? "Dry run (nothing written): " : "")
        + $"{Total - Skipped} files read: {Created} created, {Updated} updated, {Unchanged} unchanged, "
        + $"{Rejected} rejected, {Conflicts} conflicts, {Warnings} warnings, {Ambiguities} ambiguities, {Skipped} skipped."
        + (Changed || DryRun ? "" : " Nothing changed.");

    /// <summary>Counts a file the run is done with.</summary>
    internal void Count(FileReport file)
    {
        Total++;
        _outcomes[(int)file.Outcome]++;
        Warnings += file.Messages.Count(m => m.Severity == "warning");
        Ambiguities += file.Ambiguities.Count;
    }
}
