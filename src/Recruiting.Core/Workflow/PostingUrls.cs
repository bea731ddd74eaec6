using Recruiting.Core.Content;

namespace Recruiting.Core.Workflow;

public static class PostingUrls
{
    public static string Index(string language) => $"/{language}/{Languages.CareersSegment(language)}";
    public static string Canonical(string language, string slug) => $"{Index(language)}/{slug}";
    public static string Canonical(Posting p) => Canonical(p.Language, p.Slug);
}
