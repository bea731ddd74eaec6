using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// A word diff as HTML: removed text in <c>del</c>, added text in <c>ins</c>, each introduced for a screen reader. Built
/// in code rather than in the view because the diff is shown with its spaces and line breaks kept, where the view's own
/// indentation would show.
/// </summary>
public static class DiffMarkup
{
    public static IHtmlContent Render(IEnumerable<DiffSpan> spans, IStringLocalizer l)
    {
        var html = new HtmlContentBuilder();
        foreach (var span in spans)
        {
            (string? tag, string label) = span.Kind switch
            {
                DiffKind.Added => ("ins", l["Added:"].Value),
                DiffKind.Removed => ("del", l["Removed:"].Value),
                _ => (null, ""),
            };
            if (tag is null) { html.Append(span.Text); continue; }
            html.AppendHtml($"<{tag}><span class=\"visually-hidden\">[").Append(label).AppendHtml(" </span>")
                .Append(span.Text).AppendHtml($"<span class=\"visually-hidden\">]</span></{tag}>");
        }
        return html;
    }
}
