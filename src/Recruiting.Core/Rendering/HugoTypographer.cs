using System.Text;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Recruiting.Core.Rendering;

/// <summary>
/// The typography Hugo's Markdown renderer (Goldmark's typographer, on by default in Hugo 0.111) gave the legacy pages,
/// the same in English and French: straight quotes become curly by the quote's neighbours (“ ” ‘ ’, and ’ as an
/// apostrophe: who’s, ’90s, rock ’n’ roll), <c>--</c> an en dash, <c>---</c> an em dash, <c>...</c> an ellipsis,
/// <c>&lt;&lt;</c> and <c>&gt;&gt;</c> guillemets. Code, raw HTML, link addresses and autolinked addresses keep their
/// characters.
/// <para>Applied once the document is parsed, so pipe tables (whose separator row is made of dashes) are already built.
/// Like Goldmark, a quote is judged by the raw characters around it in its block (markup included) and by how many
/// quotes of its kind its block has opened and not closed; Markdig's SmartyPants pairs quotes instead, which leaves
/// apostrophes straight. The reference is Hugo itself: tests/Recruiting.Legacy.Tests/Parity/BodyParityTests.cs.</para>
/// </summary>
public sealed class HugoTypographer : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.InlineParsers.Insert(0, new LeftAngleQuoteParser());
        pipeline.DocumentProcessed += Apply;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void Apply(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null) continue;
            var open = new OpenQuotes();
            // Document order without recursion: the body's nesting is bounded only after parsing.
            var pending = new Stack<Inline>();
            for (var child = block.Inline.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
            while (pending.Count > 0)
            {
                var inline = pending.Pop();
                if (inline is LiteralInline literal) Substitute(literal, open);
                else if (inline is ContainerInline container && !(inline is LinkInline { IsAutoLink: true }))
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
            }
        }
    }

    /// <summary>
    /// <c>&lt;&lt;</c> is taken while parsing, before raw HTML: in <c>&lt;&lt;word&gt;&gt;</c> Goldmark saw a guillemet, not the
    /// tag <c>&lt;word&gt;</c> (<c>&lt;</c> followed by <c>&lt;</c> is never HTML nor an autolink, so taking it first changes nothing else).
    /// </summary>
    private sealed class LeftAngleQuoteParser : InlineParser
    {
        public LeftAngleQuoteParser() => OpeningCharacters = ['<'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (slice.PeekChar() != '<') return false;
            var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
            processor.Inline = new LiteralInline("\u00AB") { Span = new SourceSpan(start, start + 1), Line = line, Column = column };
            slice.Start += 2;
            return true;
        }
    }

    /// <summary>Quotes opened and not yet closed in the current block, by kind.</summary>
    private sealed class OpenQuotes
    {
        public int Single;
        public int Double;
    }

    private static void Substitute(LiteralInline literal, OpenQuotes open)
    {
        var slice = literal.Content;
        var text = slice.Text;
        if (text is null || slice.Length == 0) return;
        StringBuilder? result = null;
        var copied = slice.Start;
        // An escaped first character (\" or \-) is the author's own: it stays.
        for (var i = literal.IsFirstCharacterEscaped ? slice.Start + 1 : slice.Start; i <= slice.End; i++)
        {
            var (replacement, length) = Typographic(text, i, slice.End, open);
            if (replacement is null) continue;
            result ??= new StringBuilder(slice.Length);
            result.Append(text, copied, i - copied).Append(replacement);
            i += length - 1;
            copied = i + 1;
        }
        if (result is null) return;
        result.Append(text, copied, slice.End + 1 - copied);
        literal.Content = new StringSlice(result.ToString());
    }

    /// <summary>What the characters at <paramref name="i"/> become, and how many they are; (null, 0) when they stay.</summary>
    private static (string?, int) Typographic(string text, int i, int end, OpenQuotes open)
    {
        char At(int k) => i + k <= end ? text[i + k] : '\0';
        switch (text[i])
        {
            case '-' when At(1) == '-':
                return At(2) == '-' ? ("\u2014", 3) : ("\u2013", 2);
            case '.' when At(1) == '.' && At(2) == '.':
                return ("\u2026", 3);
            case '>' when At(1) == '>':
                return ("\u00BB", 2);
            case '\'':
                return (Single(text, i, open), 1);
            case '"':
                return (Double(text, i, open), 1);
            default:
                return (null, 0);
        }
    }

    private const string LeftSingle = "\u2018", RightSingle = "\u2019", LeftDouble = "\u201C", RightDouble = "\u201D";

    private static string? Single(string text, int i, OpenQuotes open)
    {
        var line = new Line(text, i);
        var (before, canOpen, canClose) = Flanking(text, i, line);
        if (!canOpen && !canClose) return null;

        // Apostrophes: a decade ('90s), a clipped word after a space or punctuation ('twas, 'em, 'n'), between a letter
        // or digit and a letter (who's, l'équipe).
        if (canOpen && !canClose && line.Length > 3 && char.IsAsciiDigit(line[1]) && char.IsAsciiDigit(line[2]) && line[3] == 's'
            && (line.Length == 4 || char.IsWhiteSpace(line[4]) || IsPunctuation(line[4])))
            return RightSingle;
        if (line.Length > 1 && (char.IsPunctuation(before) || char.IsWhiteSpace(before)) && line[1] is 't' or 'e' or 'n' or 'l')
            return RightSingle;
        if (line.Length > 1 && char.IsLetterOrDigit(before) && char.IsLetter(line[1]))
            return RightSingle;

        if (canOpen && !canClose)
        {
            // An opening position that is really a contraction: 's 'm 't 'd 've 'll 're ending a word.
            var contraction = (line.Length > 1 && line[1] is 's' or 'm' or 't' or 'd' && (line.Length < 3 || IsAsciiPunctuationOrSpace(line[2])))
                || (line.Length > 2 && (line[1], line[2]) is ('v', 'e') or ('l', 'l') or ('r', 'e') && (line.Length < 4 || IsAsciiPunctuationOrSpace(line[3])));
            if (contraction) return RightSingle;
            open.Single++;
            return LeftSingle;
        }
        // Plural possessives and clipped endings (Smiths', doin').
        if (line.Length > 2 && !char.IsDigit(line[1])) return RightSingle;
        if (open.Single > 0 && Closes(line, canOpen, canClose))
        {
            open.Single--;
            return RightSingle;
        }
        return null;
    }

    private static string? Double(string text, int i, OpenQuotes open)
    {
        var line = new Line(text, i);
        var (before, canOpen, canClose) = Flanking(text, i, line);
        if (!canOpen && !canClose) return null;
        if (canOpen && !canClose)
        {
            open.Double++;
            return LeftDouble;
        }
        if (open.Double > 0 && Closes(line, canOpen, canClose))
        {
            if (line.Length > 1 && line[1] == '"' && char.IsDigit(before)) return null; // a size in inches: Monitor 21""
            open.Double--;
            return RightDouble;
        }
        return null;
    }

    /// <summary>A closing quote, or one that could open or close followed by punctuation and then punctuation, space or the line's end.</summary>
    private static bool Closes(Line line, bool canOpen, bool canClose) =>
        (canClose && !canOpen)
        || (canClose && canOpen && line.Length > 1 && IsPunctuation(line[1])
            && (line.Length == 2 || IsAsciiPunctuationOrSpace(line[2])));

    /// <summary>CommonMark's flanking rules for a one-character delimiter run, with the raw characters around it.</summary>
    private static (char Before, bool CanOpen, bool CanClose) Flanking(string text, int i, Line line)
    {
        var before = i > 0 ? text[i - 1] : '\n';
        var after = line.Length > 1 ? line[1] : ' ';
        var canOpen = !char.IsWhiteSpace(after) && (!IsPunctuation(after) || char.IsWhiteSpace(before) || IsPunctuation(before));
        var canClose = !char.IsWhiteSpace(before) && (!IsPunctuation(before) || char.IsWhiteSpace(after) || IsPunctuation(after));
        return (before, canOpen, canClose);
    }

    /// <summary>Punctuation as Goldmark counts it: ASCII punctuation and symbols, and Unicode punctuation.</summary>
    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || (c < 128 && char.IsSymbol(c));

    private static bool IsAsciiPunctuationOrSpace(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c));

    /// <summary>The rest of the text's line from a position, newline included, as Goldmark's parser sees it.</summary>
    private readonly struct Line(string text, int start)
    {
        public int Length { get; } = (text.IndexOf('\n', start) is var newline and >= 0 ? newline + 1 : text.Length) - start;
        public char this[int k] => text[start + k];
    }
}
