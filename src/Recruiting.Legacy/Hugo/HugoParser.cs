using System.Text.Json.Nodes;
using Recruiting.Legacy.Import;
using YamlDotNet.Core;

namespace Recruiting.Legacy.Hugo;

/// <summary>
/// Reads a Hugo content file: YAML front matter between two `---` lines, then the Markdown body.
/// A byte-order mark is ignored; lines may end in LF, CRLF or a lone CR (as Hugo reads them), and the delimiter
/// lines may carry trailing blanks. The front matter must stay within <see cref="FrontMatterLimits"/>.
/// </summary>
public static class HugoParser
{
    private const string FixDelimiters = "Start the file with a line '---', end the front matter with another '---' line, and keep body text below it.";

    public static HugoParseResult Parse(string text)
    {
        var bom = text.Length > 0 && text[0] == '\uFEFF';
        if (bom) text = text[1..];
        var firstEnd = LineEnd(text, 0);
        var first = text[..firstEnd.Content].TrimEnd();
        if (first == "+++")
            return Fail(1, 1, "The front matter is TOML (+++); only YAML (---) is read.", "Convert the front matter to YAML between '---' lines.");
        if (first.StartsWith('{'))
            return Fail(1, 1, "The front matter is JSON ({ … }); only YAML (---) is read.", "Convert the front matter to YAML between '---' lines.");
        if (first != "---")
            return Fail(1, 1, "The file has no front matter: its first line is not '---'.", FixDelimiters);

        var yamlStart = firstEnd.Next;
        var position = yamlStart;
        var line = 2;
        while (position < text.Length || position == yamlStart)
        {
            var end = LineEnd(text, position);
            if (text.AsSpan(position, end.Content - position).TrimEnd().SequenceEqual("---"))
            {
                var yaml = text[yamlStart..position];
                var body = text[end.Next..];
                var parsed = ParseYaml(yaml, body, line + 1);
                return parsed.Document is { } d ? HugoParseResult.Ok(d with { FrontMatterText = (bom ? "\uFEFF" : "") + text[..end.Next] }) : parsed;
            }
            if (end.Next == position) break;
            position = end.Next;
            line++;
        }
        return Fail(line - 1, 1, "The front matter is never closed: no second '---' line.", FixDelimiters);
    }

    private static HugoParseResult ParseYaml(string yaml, string body, int bodyLine)
    {
        const int firstYamlLine = 2;
        var (prepared, tab) = BlockScalarBlanks.Prepare(yaml);
        if (tab is not null)
            return Fail(tab.Line + firstYamlLine - 1, tab.Column, "The front matter is not valid YAML: a tab where indentation spaces are expected.",
                "Indent with spaces only; remove the tab from that line.");
        List<(string Key, JsonNode? Value, Mark Start)> pairs;
        try
        {
            if (FrontMatterLimits.Check(prepared, out var events) is { } breach)
                return Fail(breach.Line + firstYamlLine - 1, breach.Column, breach.Message, breach.Action);
            pairs = YamlJson.ReadMapping(events);
        }
        catch (YamlJson.NotAMappingException e)
        {
            return Fail((int)e.Start.Line + firstYamlLine - 1, (int)e.Start.Column,
                "The front matter is not a list of 'key: value' lines.", "Write one 'key: value' per line between the '---' lines.");
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner && !string.IsNullOrEmpty(inner.Message) ? $"{e.Message} ({inner.Message})" : e.Message;
            return Fail((int)e.Start.Line + firstYamlLine - 1, (int)e.Start.Column,
                $"The front matter is not valid YAML: {StripPosition(message)}",
                "Fix the YAML at that position; a common cause is a body line above the closing '---', or a title with ': ' that needs quotes.");
        }
        return Complete(new HugoDocument(
            pairs.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value)).ToList(), body, bodyLine,
            pairs.ToDictionary(p => p.Key, p => (int)p.Start.Line + firstYamlLine - 1)));
    }

    /// <summary>A file with neither a title nor body text (such as '---' twice) holds no posting: refused, not imported as "Untitled posting".</summary>
    private static HugoParseResult Complete(HugoDocument document)
    {
        var title = document.FrontMatter.FirstOrDefault(p => LegacyKeys.KnownName(p.Key) == LegacyKeys.Title).Value;
        if (string.IsNullOrWhiteSpace(LegacyKeys.Text(title)) && string.IsNullOrWhiteSpace(document.Body))
            return Fail(1, 1, "The file has no title and no body text: there is nothing to import.",
                "Add a 'title:' line to the front matter and the posting's text below it, or remove the file.");
        return HugoParseResult.Ok(document);
    }

    /// <summary>YamlDotNet prefixes its messages with "(Line: 3, Col: 1, Idx: …) - (…): "; we report the position ourselves.</summary>
    private static string StripPosition(string message)
    {
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:") && marker > 0 ? message[(marker + 3)..] : message;
    }

    private static HugoParseResult Fail(int line, int column, string message, string action) =>
        HugoParseResult.Fail(ImportMessage.Error("front-matter", message, action, null, line, column));

    /// <summary>Where the line starting at <paramref name="start"/> ends (before LF, CRLF or a lone CR) and where the next one begins.</summary>
    private static (int Content, int Next) LineEnd(string text, int start)
    {
        var end = text.AsSpan(start).IndexOfAny('\r', '\n');
        if (end < 0) return (text.Length, text.Length);
        end += start;
        var crlf = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n';
        return (end, end + (crlf ? 2 : 1));
    }
}
