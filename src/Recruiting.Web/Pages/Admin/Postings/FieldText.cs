using Recruiting.Core.Content;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// English names of posting fields in the console (history, error lists): the page type's labels, which the catalog
/// translates; a field the declaration does not have (or no longer has) is shown by its name.
/// </summary>
public static class FieldText
{
    public static string Of(string field) => PageTypes.JobPosting.Find(field)?.Label.English ?? field;

    /// <summary>In <paramref name="language"/>, from the declaration of <paramref name="type"/> (custom fields included).</summary>
    public static string Of(string field, PageType type, string language) => type.Find(field)?.Label.In(language) ?? field;
}
