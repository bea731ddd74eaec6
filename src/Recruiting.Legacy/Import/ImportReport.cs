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

/// <summary>The result of one import run, with one entry per file.</summary>
public sealed class ImportReport
{
    public bool DryRun { get; init; }
    public List<FileReport> Files { get; } = [];

    public int Created => Count(FileOutcome.Created);
    public int Updated => Count(FileOutcome.Updated);
    public int Unchanged => Count(FileOutcome.Unchanged);
    public int Rejected => Count(FileOutcome.Rejected);
    public int Conflicts => Count(FileOutcome.Conflict);
    public int Skipped => Count(FileOutcome.Skipped);
    public int Warnings => Files.Sum(f => f.Messages.Count(m => m.Severity == "warning"));
    public int Ambiguities => Files.Sum(f => f.Ambiguities.Count);
    public bool Changed => Created + Updated > 0;

    public string Summary() =>
        (DryRun ? "Dry run (nothing written): " : "")
        + $"{Files.Count - Skipped} files read: {Created} created, {Updated} updated, {Unchanged} unchanged, "
        + $"{Rejected} rejected, {Conflicts} conflicts, {Warnings} warnings, {Ambiguities} ambiguities, {Skipped} skipped."
        + (Changed || DryRun ? "" : " Nothing changed.");

    private int Count(FileOutcome outcome) => Files.Count(f => f.Outcome == outcome);
}
