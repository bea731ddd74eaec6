namespace Recruiting.Core.Content;

/// <summary>
/// A content type declared in code, in the manner of Piranha's page types: its id is what stored pages carry
/// (<see cref="ContentPage.PageType"/>), its fields are the one declaration every consumer derives from.
/// </summary>
public sealed record PageType
{
    public string Id { get; }
    public Bilingual Name { get; }
    public IReadOnlyList<FieldDefinition> Fields { get; }
    private readonly Dictionary<string, FieldDefinition> _byName;

    public PageType(string id, Bilingual name, IReadOnlyList<FieldDefinition> fields)
    {
        var duplicate = fields.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)
            ?? fields.Where(f => f.FrontMatterKey is not null).GroupBy(f => f.FrontMatterKey!, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"The page type '{id}' declares '{duplicate.Key}' twice (as a field name or front-matter key).", nameof(fields));
        if (fields.FirstOrDefault(f => f.Custom && f.Kind is not (FieldKind.Text or FieldKind.LongText)) is { } odd)
            throw new ArgumentException($"The custom field '{odd.Name}' of '{id}' is {odd.Kind}: a custom field holds text (Text or LongText).", nameof(fields));
        (Id, Name, Fields) = (id, name, fields);
        _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>The field of that name; a name the type does not declare is a programming error.</summary>
    public FieldDefinition this[string name] =>
        _byName.TryGetValue(name, out var field) ? field : throw new KeyNotFoundException($"The page type '{Id}' has no field '{name}'.");

    public FieldDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The fields kept in <see cref="PostingContent.Fields"/>, in declaration order.</summary>
    public IEnumerable<FieldDefinition> CustomFields => Fields.Where(f => f.Custom);

    /// <summary>This type with more fields, appended (for a site, or a test, that declares its own).</summary>
    public PageType With(params FieldDefinition[] more) => new(Id, Name, [.. Fields, .. more]);
}
