using Recruiting.Core.Content;

namespace Recruiting.Core.Workflow;

public static class PostingUrls
{
    public static string Index(string language) => $"/{language}/{Languages.CareersSegment(language)}";
    public static string Canonical(string language, string slug) => $"{Index(language)}/{slug}";
    /// <summary>Where the posting's draft will be once published.</summary>
    public static string Canonical(Posting p) => Canonical(p.Language, p.Slug);
    /// <summary>Where the public sees the posting now; null when it is not published.</summary>
    public static string? Published(Posting p) =>
        p is { PublishedLanguage: { } language, PublishedSlug: { } slug } ? Canonical(language, slug) : null;
}
