using System.Globalization;
using Microsoft.Extensions.Localization;
using Recruiting.Core.Lint;
using Recruiting.Core.Workflow;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// A save-pipeline message in the console's language, built from the issue's code, field and arguments: the catalog's
/// key is <c>issue.{Code}.{Field}</c>, else <c>issue.{Code}</c> for a message that is the same for every field, and the
/// issue's <see cref="FieldIssue.Args"/> fill its {0}, {1}…. In English, and for an issue the catalog does not name
/// the pipeline's own English message is shown; a content check's warning is worded from its finding's sentences
/// (<c>lint.{key}</c>, see <see cref="LintText"/>); a message made from a custom field's declaration,
/// which no catalog can list, brings its French along (<see cref="FieldIssue.French"/>).
/// </summary>
public static class IssueText
{
    public static IEnumerable<string> Keys(FieldIssue issue) => [$"issue.{issue.Code}.{issue.Field}", $"issue.{issue.Code}"];

    public static string Localize(FieldIssue issue, IStringLocalizer l)
    {
        if (!LocalizationSetup.IsFrench(CultureInfo.CurrentUICulture)) return issue.Message;
        if (issue.Lint is { Texts: { } texts } finding)
            return (finding.Line is { } line ? Lint(l, LintText.Line, [$"{line}"]) : "")
                + Lint(l, texts.Message, finding.Args) + " " + Lint(l, texts.Fix, finding.Args);
        foreach (var key in Keys(issue))
            if (l[key] is { ResourceNotFound: false } template)
                return Placeholders(template.Value) <= issue.Args.Count
                    ? string.Format(CultureInfo.CurrentCulture, template.Value, [.. issue.Args])
                    : issue.Message;
        return issue.French ?? issue.Message;
    }

    /// <summary>A content check's sentence, from the catalog's <c>lint.{key}</c> with the finding's values; English where the catalog lacks it.</summary>
    public static string Lint(IStringLocalizer l, LintText text, IReadOnlyList<string> args) =>
        l["lint." + text.Key] is { ResourceNotFound: false } template && Placeholders(template.Value) <= args.Count
            ? string.Format(CultureInfo.CurrentCulture, template.Value, [.. args])
            : text.Format(args);

    /// <summary>How many arguments a template needs: one more than its highest {n}.</summary>
    public static int Placeholders(string template) =>
        System.Text.RegularExpressions.Regex.Matches(template, @"\{(\d+)").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();
}
