using System.Text.RegularExpressions;
using Recruiting.Core.Workflow;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// A workflow message in the user's language. The workflow's English messages quote the values they name
/// ('…'); those become {0}, {1}… so the catalog holds one template per message and the values stay as typed.
/// </summary>
public static partial class IssueText
{
    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();

    public static string Localize(FieldIssue issue, IStringLocalizer l)
    {
        var values = new List<object?>();
        var template = Quoted().Replace(issue.Message.Replace("{", "{{").Replace("}", "}}"), m =>
        {
            values.Add(m.Groups[1].Value);
            return $"'{{{values.Count - 1}}}'";
        });
        var text = l[template, values.ToArray()];
        return text.ResourceNotFound ? issue.Message : text.Value;
    }
}
