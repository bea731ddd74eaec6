using System.Text.Json.Serialization;
using Recruiting.Core.Workflow;

namespace Recruiting.Core.Lint;

/// <summary>
/// One content warning: which rule (stable id), the field and, for the body, the 1-based line of the Markdown
/// body it is on; what is wrong and what to do about it. A content check's finding also keeps its sentences and the
/// values they name (<see cref="Texts"/>, <see cref="Args"/>), so the console can word it in its own language.
/// </summary>
public sealed record LintFinding(string RuleId, string Field, int? Line, string Message, string Fix)
{
    public (LintText Message, LintText Fix)? Texts { get; init; }
    public IReadOnlyList<string> Args { get; init; } = [];

    public static LintFinding Of(string ruleId, string field, int? line, LintText message, LintText fix, params string[] args) =>
        new(ruleId, field, line, message.Format(args), fix.Format(args)) { Texts = (message, fix), Args = args };

    public FieldIssue ToFieldIssue() =>
        new(Field, "lint." + RuleId, (Line is { } line ? LintText.Line.Format([$"{line}"]) : "") + Message + " " + Fix) { Lint = this };
}

/// <summary>
/// A finding about one stored posting, named by its language and slug. Like a <see cref="LintFinding"/>, it keeps its sentences
/// and their values (<see cref="Texts"/>, <see cref="Args"/>) so it can be worded in another language; the JSON gives the English.
/// </summary>
public sealed record LintWarning(Guid PostingId, string Language, string Slug, string RuleId, string Field, int? Line, string Message, string Fix)
{
    [JsonIgnore] public (LintText Message, LintText Fix)? Texts { get; init; }
    [JsonIgnore] public IReadOnlyList<string> Args { get; init; } = [];

    public static LintWarning For(Guid id, string language, string slug, LintFinding f) =>
        new(id, language, slug, f.RuleId, f.Field, f.Line, f.Message, f.Fix) { Texts = f.Texts, Args = f.Args };

    /// <summary>A check across postings' warning about <paramref name="p"/>, in the sentences <paramref name="message"/> and <paramref name="fix"/>.</summary>
    public static LintWarning Of(LintedPosting p, string ruleId, string field, LintText message, LintText fix, params string[] args) =>
        new(p.Id, p.Language, p.Slug, ruleId, field, null, message.Format(args), fix.Format(args)) { Texts = (message, fix), Args = args };
}
