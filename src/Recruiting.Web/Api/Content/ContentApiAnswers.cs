using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Api.Content;

/// <summary>
/// What the content API answers: its list filters over the public postings, read by the one public reader
/// (<see cref="PublicPostingReader"/>, so the same published values and the same translation as the site), as DTOs.
/// </summary>
public sealed class ContentApiAnswers(PublicPostingReader reader, RecruitingDb db, SiteAddress site, PageTypeSet types)
{
    public async Task<PostingPageDto> ListAsync(PostingListQuery query, CancellationToken ct)
    {
        var postings = Filter(query);
        var total = await postings.CountAsync(ct);
        // In long: page 2147483647 of 20 would overflow int and wrap to an earlier page. Past the end, nothing to read.
        var offset = (long)(query.Page - 1) * query.PageSize;
        var page = offset >= total ? [] : await reader.ReadAsync(postings
            .OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id)
            .Skip((int)offset).Take(query.PageSize), ct, withHtml: query.Fields.HasFlag(OptionalFields.BodyHtml));
        var pages = (int)Math.Ceiling(total / (double)query.PageSize);
        return new PostingPageDto(page.Select(p => ToDto(p, query.Fields)).ToList(), query.Page, query.PageSize, total, pages);
    }

    /// <summary>One posting's answer, and the translation key that ties it to the translation it links to.</summary>
    public sealed record OnePosting(PostingDto Dto, string TranslationKey);

    public async Task<OnePosting?> FindAsync(Guid id, CancellationToken ct) => One(await reader.FindAsync(id, ct));

    public async Task<OnePosting?> FindAsync(string language, string slug, CancellationToken ct) => One(await reader.FindAsync(language, slug, ct));

    private OnePosting? One(PublicPosting? posting) => posting is null ? null : new(ToDto(posting, AllFields), posting.Link.TranslationKey);

    private IQueryable<Posting> Filter(PostingListQuery query)
    {
        var postings = query.Status switch
        {
            StatusFilter.Open => reader.Open,
            StatusFilter.Archived => reader.Visible.Where(p => p.Status == PostingStatus.Archived),
            _ => reader.Visible,
        };
        if (query.Language is { } lang) postings = postings.Where(p => p.PublishedLanguage == lang);
        if (query.UpdatedSince is { } since) postings = postings.Where(p => p.PublishedAt >= since || p.ArchivedAt >= since);
        if (query.Text is { } text)
        {
            var matching = PublishedTextSearch.Matching(db, text);
            postings = postings.Where(p => matching.Contains(p.Id));
        }
        return postings;
    }

    /// <summary>One posting is answered whole.</summary>
    private const OptionalFields AllFields = OptionalFields.BodyMarkdown | OptionalFields.BodyHtml;

    private PostingDto ToDto(PublicPosting p, OptionalFields fields)
    {
        var content = p.Content;
        var publishedAt = p.PublishedAt ?? p.LastModifiedAt;
        var updatedAt = p.ArchivedAt is { } archived && archived > publishedAt ? archived : publishedAt;
        var translation = p.Translation is { } t
            ? new TranslationLinkDto(t.Id, t.Language, site.Absolute(PostingUrls.Canonical(t.Language, t.Slug)))
            : null;
        return new PostingDto(
            p.Id, p.Language, p.Slug, p.Status == PostingStatus.Archived ? "archived" : "open",
            content.Title, content.Description, content.LeverId, content.EmploymentType, content.ClosingAt,
            content.Locations, content.Remote, content.RemoteCountry, content.Salary, content.Department,
            site.Absolute(PostingUrls.Canonical(p.Language, p.Slug)), translation,
            p.FirstPublishedAt ?? publishedAt, publishedAt, p.ArchivedAt, updatedAt)
        {
            BodyMarkdown = fields.HasFlag(OptionalFields.BodyMarkdown) ? content.BodyMarkdown : null,
            BodyHtml = fields.HasFlag(OptionalFields.BodyHtml) ? p.Html : null,
            CustomFields = CustomFieldsJson.Write(types.JobPosting, content),
        };
    }
}
