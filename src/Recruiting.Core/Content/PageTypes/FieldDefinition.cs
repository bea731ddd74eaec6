namespace Recruiting.Core.Content;

/// <summary>
/// One field of a page type, declared once: every consumer (the editor's form, the save pipeline's validator, the
/// APIs and their OpenAPI schema, the importer and the exporter) reads it from here.
/// </summary>
/// <param name="Name">The field's name: the C# property of a core field, the key in <see cref="PostingContent.Fields"/> of a custom one, the form's input id.</param>
/// <param name="Noun">How messages name it in English ("The {noun} is longer than…").</param>
public sealed record FieldDefinition(string Name, FieldKind Kind, Bilingual Label, string Noun)
{
    public Bilingual? Hint { get; init; }
    public bool Required { get; init; }
    /// <summary>Characters, for a text field (each item of a list field); null when unbounded by this rule.</summary>
    public int? MaxLength { get; init; }
    /// <summary>Items, for a list field.</summary>
    public int? MaxItems { get; init; }
    /// <summary>The key in a legacy file's front matter; null when the field has none.</summary>
    public string? FrontMatterKey { get; init; }
    /// <summary>The schema.org JobPosting property the field feeds; null when it feeds none.</summary>
    public string? JsonLd { get; init; }
    /// <summary>
    /// A field stored in <see cref="PostingContent.Fields"/> rather than in a typed property: everything about it
    /// (form, validation, API, front matter, structured data) comes from this declaration alone.
    /// </summary>
    public bool Custom { get; init; }
    /// <summary>Kept from legacy files for the export (layout, type, url); the editor does not show it.</summary>
    public bool LegacyOnly { get; init; }

    /// <summary>The field's name in JSON bodies (camelCase).</summary>
    public string JsonName => char.ToLowerInvariant(Name[0]) + Name[1..];

    /// <summary>Whether its value is a string, which the generic rules (required, length, characters) check.</summary>
    public bool IsText => Kind is FieldKind.Text or FieldKind.LongText or FieldKind.Markdown or FieldKind.Slug or FieldKind.Choice or FieldKind.Language;
}
