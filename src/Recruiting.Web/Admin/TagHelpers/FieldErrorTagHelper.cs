using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Recruiting.Web.Admin.TagHelpers;

/// <summary>
/// `&lt;span field-error-for="Form.Email"&gt;` shows that field's validation messages (already in the console language:
/// page models add them translated, and validation attributes are translated by the data-annotations localizer),
/// with the id that <see cref="InvalidInputTagHelper"/> points the input's aria-describedby at.
/// </summary>
[HtmlTargetElement("span", Attributes = "field-error-for")]
public sealed class FieldErrorTagHelper : TagHelper
{
    [HtmlAttributeName("field-error-for")] public string For { get; set; } = "";
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public static string IdFor(string field) => TagBuilder.CreateSanitizedId(field, "_") + "-error";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("id", IdFor(For));
        output.Attributes.SetAttribute("class", "field-error");
        if (ViewContext.ModelState.TryGetValue(For, out var entry) && entry.Errors.Count > 0)
            output.Content.SetContent(string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)));
    }
}
