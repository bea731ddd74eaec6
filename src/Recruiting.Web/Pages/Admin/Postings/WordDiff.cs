using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Recruiting.Web.Admin.Postings;

public enum DiffKind { Same, Added, Removed }

/// <summary>A run of text that is in both versions, or only in the old one (removed), or only in the new one (added).</summary>
public sealed record DiffSpan(DiffKind Kind, string Text);

/// <summary>
/// A word diff of two texts, by DiffPlex: words, runs of spaces and line breaks, and single punctuation marks are the
/// pieces compared, so a changed word is marked alone and the spans, put together, give back each text exactly.
/// </summary>
public static partial class WordDiff
{
    [GeneratedRegex(@"\w+|\s+|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex Piece();

    private static readonly CustomFunctionChunker Chunker = new(text => Piece().Matches(text).Select(m => m.Value).ToArray());

    public static IReadOnlyList<DiffSpan> Compare(string before, string after)
    {
        before = before.Replace("\r\n", "\n");
        after = after.Replace("\r\n", "\n");
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, Chunker);
        var spans = new List<DiffSpan>();
        var (a, b) = (0, 0);
        foreach (var block in diff.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++, b++) Add(spans, DiffKind.Same, diff.PiecesOld[a]);
            for (var i = 0; i < block.DeleteCountA; i++) Add(spans, DiffKind.Removed, diff.PiecesOld[a++]);
            for (var i = 0; i < block.InsertCountB; i++) Add(spans, DiffKind.Added, diff.PiecesNew[b++]);
        }
        for (; a < diff.PiecesOld.Count; a++) Add(spans, DiffKind.Same, diff.PiecesOld[a]);
        return spans;
    }

    /// <summary>Appends a piece, joining it to the last span when that one is of the same kind.</summary>
    private static void Add(List<DiffSpan> spans, DiffKind kind, string text)
    {
        if (spans.Count > 0 && spans[^1].Kind == kind) spans[^1] = spans[^1] with { Text = spans[^1].Text + text };
        else spans.Add(new DiffSpan(kind, text));
    }
}
