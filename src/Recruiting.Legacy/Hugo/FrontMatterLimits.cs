using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Recruiting.Legacy.Hugo;

/// <summary>
/// The bounds a front matter must stay within before it is loaded: its size, how deep its lists and maps nest, and
/// how many values its anchors and aliases expand to (a self-referencing alias expands without end, a fan-out of
/// aliases to billions). Checked on YamlDotNet's event stream, which holds no tree and follows no alias, so a
/// hostile front matter costs no more than its own length.
/// </summary>
public static class FrontMatterLimits
{
    /// <summary>Characters between the two '---' lines; real front matter is a few hundred.</summary>
    public const int MaxLength = 64 * 1024;

    /// <summary>Lists and maps inside each other under the front matter's keys; real front matter nests one or two deep.</summary>
    public const int MaxDepth = 32;

    /// <summary>Values (scalars, lists, maps) once every alias is replaced by what its anchor holds.</summary>
    public const int MaxValues = 10_000;

    /// <summary>A bound the front matter breaks, with its position (1-based, within the YAML text).</summary>
    public sealed record Breach(int Line, int Column, string Message, string Action);

    /// <summary>
    /// The first bound <paramref name="yaml"/> breaks, or null. Invalid YAML throws <see cref="YamlException"/>, as loading
    /// it would. Within bounds, <paramref name="events"/> holds the YAML's events, for loading it without parsing it again.
    /// </summary>
    public static Breach? Check(string yaml, out IParser events)
    {
        var read = new List<ParsingEvent>();
        events = new ParsedEvents(read);
        if (yaml.Length > MaxLength)
            return new(1, 1, $"The front matter is {yaml.Length:N0} characters long; at most {MaxLength:N0} are read.",
                "Move long text into the body below the closing '---'.");
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<(string? Anchor, long Values)>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        while (parser.MoveNext())
        {
            read.Add(parser.Current!);
            var values = 0L;
            switch (parser.Current)
            {
                case SequenceStart or MappingStart:
                    var node = (NodeEvent)parser.Current;
                    if (open.Count > MaxDepth) // the front matter's own map is not counted
                        return At(node.Start, $"The front matter nests lists and maps more than {MaxDepth} levels deep.",
                            "Flatten the value: front matter needs a few levels at most.");
                    open.Push((node.Anchor.IsEmpty ? null : node.Anchor.Value, 1));
                    total++;
                    break;
                case SequenceEnd or MappingEnd:
                    var done = open.Pop();
                    if (done.Anchor is not null) anchors[done.Anchor] = done.Values;
                    values = done.Values;
                    break;
                case Scalar scalar:
                    values = 1;
                    total++;
                    if (!scalar.Anchor.IsEmpty) anchors[scalar.Anchor.Value] = 1;
                    break;
                case AnchorAlias alias:
                    if (open.Any(o => o.Anchor == alias.Value.Value))
                        return At(alias.Start, $"The alias *{alias.Value} is inside the value of its own anchor &{alias.Value}, so it would contain itself without end.",
                            "Replace the alias by the value it should repeat.");
                    values = anchors.GetValueOrDefault(alias.Value.Value, 1);
                    total += values;
                    break;
            }
            if (total > MaxValues)
                return At(parser.Current!.Start, $"With its aliases expanded, the front matter holds more than {MaxValues:N0} values.",
                    "Write the values out instead of repeating anchors (&name) through aliases (*name).");
            if (values > 0 && open.Count > 0)
            {
                var parent = open.Pop();
                open.Push(parent with { Values = parent.Values + values });
            }
        }
        return null;
    }

    private static Breach At(Mark mark, string message, string action) => new((int)mark.Line, (int)mark.Column, message, action);

    /// <summary>Events a parser already read, read again in the same order, as the parser would give them.</summary>
    private sealed class ParsedEvents(List<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }
}
