using Microsoft.Extensions.Localization;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// English names of posting fields in the console (history, error lists): the page type's labels, which the catalog
/// translates; a field the declaration does not have (or no longer has) is shown by its name.
/// </summary>
public static class FieldText
{
    private const string SendBackAudit = "posting." + PostingWorkflow.SendBackAction;

    public static string Of(string field) => PageTypes.JobPosting.Find(field)?.Label.English ?? field;

    /// <summary>In <paramref name="language"/>, from the declaration of <paramref name="type"/> (custom fields included).</summary>
    public static string Of(string field, PageType type, string language) => type.Find(field)?.Label.In(language) ?? field;

    /// <summary>
    /// An audit line's details in the console's language: a posting action's are the fields it changed (Title,BodyMarkdown),
    /// shown by their labels; a send-back's, the publisher's comment; any other details, as stored.
    /// </summary>
    public static string List(string action, string details, IStringLocalizer l)
    {
        if (action == SendBackAudit) return l["Comment: {0}", details];
        var fields = details.Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (!action.StartsWith("posting.", StringComparison.Ordinal) || fields.Length == 0 || fields.Any(f => PageTypes.JobPosting.Find(f) is null)) return details;
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Languages.French ? Languages.French : Languages.English;
        return string.Join(", ", fields.Select(f => Of(f, PageTypes.JobPosting, language)));
    }
}
