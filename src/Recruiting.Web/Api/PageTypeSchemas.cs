using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Recruiting.Core.Content;
using Recruiting.Web.Api.Content;
using Recruiting.Web.Api.Management;

namespace Recruiting.Web.Api;

/// <summary>
/// The OpenAPI schemas of the posting bodies, from the page type's declaration: each declared field's property gets its
/// label and hint as its description and its length limit as maxLength, and each custom field is declared as a string
/// property (the DTOs carry them as extension data). Registered with <c>AddOpenApi</c> in <see cref="ApiSetup"/>.
/// </summary>
internal sealed class PageTypeSchemas(PageTypeSet types) : IOpenApiSchemaTransformer
{
    private static readonly HashSet<Type> PostingBodies = [typeof(PostingWriteRequest), typeof(PostingFieldsDto), typeof(PostingDto)];

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (!PostingBodies.Contains(context.JsonTypeInfo.Type)) return Task.CompletedTask;
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var field in types.JobPosting.Fields)
        {
            if (field.Custom)
                schema.Properties[field.JsonName] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null };
            if (!schema.Properties.TryGetValue(field.JsonName, out var property) || property is not OpenApiSchema declared) continue;
            declared.Description = Describe(field);
            if (field.IsText && field.MaxLength is { } max) declared.MaxLength = max;
            if (field.MaxItems is { } items) declared.MaxItems = items;
        }
        return Task.CompletedTask;
    }

    private static string Describe(FieldDefinition field) =>
        string.Join(" ", new[] { field.Label.English + ".", field.Required ? "Required." : null, field.Hint?.English, field.Custom ? "A custom field of the page type." : null }
            .Where(s => s is not null));
}
