using Recruiting.Core.Content;

namespace Recruiting.Core.Workflow;

/// <summary>
/// Where each declared text field's value is in a <see cref="PostingInput"/>: a core field in its typed property, a
/// custom field in <see cref="PostingContent.Fields"/>. The one map between the declaration and the typed model, so
/// the generic rules (required, length, characters) reach every field without reflection.
/// </summary>
public static class FieldValues
{
    public static string? Text(FieldDefinition field, PostingInput input)
    {
        var c = input.Content;
        if (field.Custom) return c.Field(field.Name);
        return field.Name switch
        {
            "Title" => c.Title,
            "Description" => c.Description,
            "Language" => input.Language,
            "Slug" => input.Slug,
            "TranslationKey" => input.TranslationKey,
            "LeverId" => c.LeverId,
            "EmploymentType" => c.EmploymentType,
            "RemoteCountry" => c.RemoteCountry,
            "Department" => c.Department,
            "Layout" => c.Layout,
            "Type" => c.Type,
            "BodyMarkdown" => c.BodyMarkdown,
            _ => null,
        };
    }
}
