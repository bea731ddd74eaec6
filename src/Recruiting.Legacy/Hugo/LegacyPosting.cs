using System.Text.Json.Nodes;
using Recruiting.Core.Content;
using Recruiting.Legacy.Import;

namespace Recruiting.Legacy.Hugo;

/// <summary>A legacy file read into the job posting page type: known keys as fields, every other key kept verbatim.</summary>
/// <param name="Slug">Hugo's `slug` key (the page's name in its address), "" when absent.</param>
/// <param name="FrontMatterText">The file's text before the body, as written.</param>
/// <param name="Facts">The job facts and custom fields read from their keys (see <see cref="JobFactsKeys"/>, <see cref="CustomFieldKeys"/>), as a content holding nothing else.</param>
public sealed record LegacyPosting(LegacyFields Fields, IReadOnlyDictionary<string, string> Extras, string Body, IReadOnlyList<ImportMessage> Warnings, int BodyLine = 1,
    string Slug = "", string FrontMatterText = "", PostingContent? Facts = null)
{
    public PostingContent ToContent(IReadOnlyDictionary<string, string>? extras = null) => (Facts ?? new PostingContent()) with
    {
        Title = Fields.Title,
        Description = Fields.Description,
        BodyMarkdown = Body,
        LeverId = Fields.LeverId,
        Aliases = Fields.Aliases,
        Urls = Fields.Urls,
        Layout = Fields.Layout,
        Type = Fields.Type,
        ExtraFrontMatter = extras ?? Extras,
    };

    /// <summary>Reads a parsed file into <paramref name="type"/> (the job posting's declaration by default).</summary>
    public static LegacyPosting From(HugoDocument doc, PageType? type = null)
    {
        var known = new Dictionary<string, JsonNode?>();
        var extras = new Dictionary<string, string>();
        foreach (var (key, value) in doc.FrontMatter)
        {
            if (LegacyKeys.KnownName(key) is { } name && !known.ContainsKey(name)) known[name] = value;
            else extras[key] = LegacyJson.Text(value);
        }
        JsonNode? Field(string k) => LegacyKeys.FieldFrom(k, known.ContainsKey(k), known.GetValueOrDefault(k), doc.Body);
        var fields = new LegacyFields(
            Title: LegacyKeys.Text(Field(LegacyKeys.Title))!,
            Description: LegacyKeys.Text(Field(LegacyKeys.Description))!,
            Archived: Field(LegacyKeys.Archived)!.GetValue<bool>(),
            TranslationKey: LegacyKeys.Text(Field(LegacyKeys.TranslationKey)),
            LeverId: LegacyKeys.Text(Field(LegacyKeys.LeverId)),
            Aliases: LegacyKeys.List(Field(LegacyKeys.Aliases)),
            Urls: LegacyKeys.List(Field(LegacyKeys.Url)),
            Layout: LegacyKeys.Text(Field(LegacyKeys.Layout)),
            Type: LegacyKeys.Text(Field(LegacyKeys.Type)));

        foreach (var key in LegacyKeys.Known)
        {
            var present = known.TryGetValue(key, out var original);
            var (write, natural) = LegacyKeys.Natural(key, fields);
            if (present != write || (present && !JsonNode.DeepEquals(original, natural)))
                extras[key] = present ? LegacyJson.Text(original) : LegacyKeys.AbsentMarker;
        }
        var (facts, withoutFacts) = JobFactsKeys.Read(extras);
        var (custom, rest) = CustomFieldKeys.Read(type ?? PageTypes.JobPosting, withoutFacts);
        facts = facts with { Fields = custom };
        var slug = doc.FrontMatter.Where(kv => kv.Key.Equals("slug", StringComparison.OrdinalIgnoreCase)).Select(kv => HugoValues.CastString(kv.Value)).LastOrDefault() ?? "";
        return new LegacyPosting(fields, rest, doc.Body, Warn(known, fields), doc.BodyLine, slug.Trim('-'), doc.FrontMatterText, facts);
    }

    private static List<ImportMessage> Warn(Dictionary<string, JsonNode?> known, LegacyFields fields)
    {
        var warnings = new List<ImportMessage>();
        if (string.IsNullOrWhiteSpace(LegacyKeys.Text(known.GetValueOrDefault(LegacyKeys.Title))))
            warnings.Add(ImportMessage.Warning("title-derived", $"No title: used \"{fields.Title}\" from the body.",
                "Check the title in the console; an export leaves the key out as the file did.", LegacyKeys.Title) with { Args = [fields.Title] });
        if (string.IsNullOrWhiteSpace(LegacyKeys.Text(known.GetValueOrDefault(LegacyKeys.Description))))
            warnings.Add(ImportMessage.Warning("description-derived", "No description: used the first paragraph of the body.",
                "Write a real summary for search results in the console.", LegacyKeys.Description));
        if (fields.Aliases.Any(a => !a.StartsWith('/')))
            warnings.Add(ImportMessage.Warning("alias-relative", "An alias does not start with '/': taken from the page's folder, as Hugo did.",
                "Check the redirect works, or write the alias as a full path.", LegacyKeys.Aliases));
        if (known.GetValueOrDefault(LegacyKeys.Url) is JsonArray or JsonObject)
            warnings.Add(ImportMessage.Warning("url-ignored", "'url' is a list or a map, which Hugo ignored: the page's address comes from its file name, as on the old site.",
                "Write url as one path, or remove it.", LegacyKeys.Url));
        return warnings;
    }
}
