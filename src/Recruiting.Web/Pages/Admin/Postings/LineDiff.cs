namespace Recruiting.Web.Admin.Postings;

public enum DiffKind { Same, Added, Removed }

public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>A line diff by longest common subsequence: what was removed from <c>before</c> and added in <c>after</c>.</summary>
public static class LineDiff
{
    /// <summary>Above this many line pairs the LCS table would be too large; the diff then shows all removed, all added.</summary>
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffLine> Compare(string before, string after)
    {
        var a = Lines(before);
        var b = Lines(after);
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;

        var result = new List<DiffLine>();
        result.AddRange(a[..prefix].Select(l => new DiffLine(DiffKind.Same, l)));
        result.AddRange(Middle(a[prefix..^suffix], b[prefix..^suffix]));
        result.AddRange(a[^suffix..].Select(l => new DiffLine(DiffKind.Same, l)));
        return result;
    }

    private static IEnumerable<DiffLine> Middle(string[] a, string[] b)
    {
        if ((long)a.Length * b.Length > MaxCells)
            return a.Select(l => new DiffLine(DiffKind.Removed, l)).Concat(b.Select(l => new DiffLine(DiffKind.Added, l)));
        // lcs[i, j]: length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var lines = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) { lines.Add(new(DiffKind.Same, a[x])); x++; y++; }
            else if (lcs[x + 1, y] >= lcs[x, y + 1]) lines.Add(new(DiffKind.Removed, a[x++]));
            else lines.Add(new(DiffKind.Added, b[y++]));
        }
        while (x < a.Length) lines.Add(new(DiffKind.Removed, a[x++]));
        while (y < b.Length) lines.Add(new(DiffKind.Added, b[y++]));
        return lines;
    }

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.Replace("\r\n", "\n").Split('\n');
}
