using System.Text.RegularExpressions;

namespace Recruiting.Legacy.Hugo;

/// <summary>
/// Blank lines at the start of a block scalar (`description: >-` then lines of spaces) as go-yaml reads them, so that
/// YamlDotNet gives the same value. go-yaml (libyaml) takes the longest of those lines as the scalar's indentation;
/// when no content line is indented that far, the scalar is empty and the next line belongs to the mapping. YamlDotNet
/// refuses such a file ("more spaces in lines above first content line"). Where go-yaml reads an empty scalar, the
/// blank lines are emptied (the line count is kept, so positions stay true); a tab where go-yaml expects indentation
/// spaces is refused as go-yaml refuses it. Every other line is left as it is.
/// </summary>
public static partial class BlockScalarBlanks
{
    /// <summary>A line ending in a block scalar header (`key: |`, `- >-`, …) without an explicit indentation digit.</summary>
    [GeneratedRegex(@"^(?<lead> *(?:- +)*)(?<key>[^ #'""\-][^#]*?:[ \t]+|)(?:- +)?[|>][-+]?[ \t]*(?:#.*)?$")]
    private static partial Regex Header();

    public sealed record TabError(int Line, int Column);

    /// <summary>The YAML to give YamlDotNet, or where go-yaml would stop at a tab (1-based line of <paramref name="yaml"/>, column).</summary>
    public static (string Yaml, TabError? Tab) Prepare(string yaml)
    {
        if (!yaml.Contains('|') && !yaml.Contains('>')) return (yaml, null);
        var lines = yaml.Split('\n');
        var changed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var header = Header().Match(lines[i].TrimEnd('\r'));
            if (!header.Success) continue;
            var parent = header.Groups["key"].Length > 0 ? header.Groups["lead"].Length : Math.Max(0, header.Groups["lead"].Value.TrimEnd().Length - 1);
            var (maxSpaces, first) = (0, i + 1);
            var next = first;
            for (; next < lines.Length; next++)
            {
                var line = lines[next].TrimEnd('\r');
                var spaces = line.Length - line.TrimStart(' ').Length;
                if (spaces < line.Length && line[spaces] == '\t') return (yaml, new TabError(next + 1, spaces + 1));
                if (spaces < line.Length) break;
                maxSpaces = Math.Max(maxSpaces, spaces);
            }
            if (maxSpaces == 0) continue;
            var indent = Math.Max(maxSpaces, parent + 1);
            var contentIndent = next < lines.Length ? lines[next].Length - lines[next].TrimStart(' ').Length : 0;
            var endsScalar = next >= lines.Length || contentIndent <= parent;
            if (contentIndent >= indent || !endsScalar) continue;
            for (var b = first; b < next; b++) lines[b] = lines[b].EndsWith('\r') ? "\r" : "";
            changed = true;
            i = next - 1;
        }
        return (changed ? string.Join('\n', lines) : yaml, null);
    }
}
