using System.Globalization;
using Microsoft.Extensions.Localization;
using Recruiting.Core.Workflow;
using Recruiting.Legacy.Import;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// An import report's line in the console's language, built from the message's code, field and arguments: the
/// importer's own messages are <c>import.{Code}</c> of the postings catalog, the save pipeline's are found as
/// <see cref="IssueText"/> finds them; its advice is looked up as written. A content check's finding is worded as <see cref="IssueText"/>
/// words it. What the catalog does not name (a YAML parser's own explanation) stays in English, within French framing.
/// </summary>
public static class ImportText
{
    public static string Localize(ImportMessage m, IStringLocalizer l)
    {
        if (!LocalizationSetup.IsFrench(CultureInfo.CurrentUICulture)) return m.ToString();
        var where = m.Line is { } line ? (m.Column is { } column ? l["line {0}, column {1}: ", line, column] : l["line {0}: ", line]).Value : "";
        var field = m.Field is null ? "" : $"[{m.Field}] ";
        if (m.Lint is { Texts: { } texts } finding)
            return where + field + IssueText.Lint(l, texts.Message, finding.Args) + " " + IssueText.Lint(l, texts.Fix, finding.Args);
        var message = Template(l, $"import.{m.Code}", [.. m.Args.Select((arg, i) => Word(l, m.Code, i, arg))])
            ?? (m.Field is { } f ? IssueText.Localize(new FieldIssue(f, m.Code, m.Message) { Args = m.Args }, l) : m.Message);
        var action = m.Action is null ? "" : " " + (l[m.Action] is { ResourceNotFound: false } advice ? advice.Value : m.Action);
        return where + field + message + action;
    }

    /// <summary>
    /// An argument that is one of the importer's own words rather than a value from the file (the source of a slug:
    /// url, slug key, file name, title) has its French under <c>import.{code}.{position}.{word}</c>.
    /// </summary>
    private static string Word(IStringLocalizer l, string code, int position, string arg) =>
        l[$"import.{code}.{position}.{arg}"] is { ResourceNotFound: false } word ? word.Value : arg;

    private static string? Template(IStringLocalizer l, string key, IReadOnlyList<string> args) =>
        l[key] is { ResourceNotFound: false } template && IssueText.Placeholders(template.Value) <= args.Count
            ? string.Format(CultureInfo.CurrentCulture, template.Value, [.. args])
            : null;
}
