using System.Text.RegularExpressions;

namespace Recruiting.Core.Lint.Rules;

/// <summary>`[text] (url)`: the space makes Markdown show the brackets and the address as plain text, not a link.</summary>
public sealed partial class MalformedLinkRule : IContentRule
{
    public const string Id = "malformed-link";

    public IEnumerable<LintFinding> Check(LintedContent content)
    {
        for (var i = 0; i < content.Lines.Count; i++)
        {
            if (content.IsCode(i + 1)) continue;
            foreach (Match m in SpacedLink().Matches(content.Lines[i]))
                yield return LintFinding.Of(Id, "BodyMarkdown", i + 1, LintText.MalformedLink, LintText.MalformedLinkFix,
                    m.Value, m.Groups[1].Value, m.Groups[2].Value);
        }
    }

    [GeneratedRegex(@"\[([^\[\]\n]+)\][ \t]+\(([^()\s]+)\)")]
    private static partial Regex SpacedLink();
}
