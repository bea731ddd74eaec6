using System.Text.Json.Nodes;
using Recruiting.Legacy.Import;

namespace Recruiting.Legacy.Hugo;

/// <summary>
/// A parsed Hugo content file: its front matter as ordered (key, JSON value) pairs, and its body verbatim
/// (everything after the closing `---` line, CRLF, tabs and entities untouched), the file line the body starts on, and
/// the file line of each key, and the file's text before the body (byte-order mark, delimiters, comments and all).
/// </summary>
public sealed record HugoDocument(IReadOnlyList<KeyValuePair<string, JsonNode?>> FrontMatter, string Body, int BodyLine = 1,
    IReadOnlyDictionary<string, int>? KeyLines = null, string FrontMatterText = "");

/// <summary>Either a document or the reason the file cannot be read, with its position.</summary>
public sealed record HugoParseResult(HugoDocument? Document, ImportMessage? Error)
{
    public static HugoParseResult Ok(HugoDocument d) => new(d, null);
    public static HugoParseResult Fail(ImportMessage e) => new(null, e);
}
