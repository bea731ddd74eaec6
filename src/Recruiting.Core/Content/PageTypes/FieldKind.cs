namespace Recruiting.Core.Content;

/// <summary>
/// What a field holds, which decides how the editor shows it, how the API types it and how a front-matter value is
/// read. A custom field (one stored in <see cref="PostingContent.Fields"/>) is <see cref="Text"/> or <see cref="LongText"/>.
/// </summary>
public enum FieldKind
{
    /// <summary>One line of text.</summary>
    Text,
    /// <summary>Several lines of plain text.</summary>
    LongText,
    Markdown,
    /// <summary>en or fr.</summary>
    Language,
    Slug,
    /// <summary>A date and time (UTC in storage, the user's time zone in the editor).</summary>
    DateTime,
    Boolean,
    /// <summary>One of a list of values (schema.org's employment types), or what the author wrote.</summary>
    Choice,
    /// <summary>A list of places (city, region, country).</summary>
    Locations,
    /// <summary>A salary range (min, max, currency, unit).</summary>
    Salary,
    /// <summary>A list of site paths (aliases).</summary>
    Paths,
}
