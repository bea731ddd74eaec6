using Microsoft.Extensions.Localization;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Public;

/// <summary>
/// What the public posting page shows of a posting (Pages/Careers/_PostingArticle.cshtml): the public page builds it
/// from the published version, the console's preview from the draft, so a preview cannot show what the public would not.
/// </summary>
public sealed record PostingArticle(PostingContent Content, string Html, string Language, string Slug, DateTimeOffset? PostedAt,
    bool IsOpen, string? ApplyUrl, bool InOneLanguage, JobFactsText Facts)
{
    public string IndexPath => PostingUrls.Index(Language);
    public string PostingPath => PostingUrls.Canonical(Language, Slug);

    /// <summary>Open while published and its closing date has not passed; only an open posting has an Apply link.</summary>
    public static PostingArticle Of(PostingContent content, string html, string language, string slug, DateTimeOffset? postedAt,
        bool published, bool hasVisibleTranslation, DateTimeOffset now, PublicSiteOptions site, IStringLocalizer<PublicTexts> text)
    {
        var open = published && !(content.ClosingAt <= now);
        return new PostingArticle(content, html, language, slug, postedAt, open,
            open ? ApplyLink.For(site.ApplyUrlTemplate, content.LeverId) : null, !hasVisibleTranslation, new JobFactsText(text, language));
    }
}
