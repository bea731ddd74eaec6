using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Api.Management;

/// <summary>A posting as the management API returns it: its working draft, where it stands, and its version.</summary>
public sealed record ManagedPostingDto(
    Guid Id,
    string Language,
    string Slug,
    string TranslationKey,
    /// <summary>draft, inreview, scheduled, published or archived.</summary>
    string Status,
    bool Trashed,
    /// <summary>Send it back as `expectedVersion` with the next change.</summary>
    int Version,
    PostingFieldsDto Draft,
    bool HasUnpublishedChanges,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ScheduledPublishAt,
    DateTimeOffset? ArchivedAt,
    DateTimeOffset LastModifiedAt,
    IReadOnlyList<IssueDto> Warnings)
{
    public static ManagedPostingDto From(Posting p, IReadOnlyList<FieldIssue> warnings, PageType type) => new(
        p.Id, p.Language, p.Slug, p.TranslationKey, p.Status.ToString().ToLowerInvariant(), p.IsTrashed, p.Version,
        PostingFieldsDto.From(p.Draft, type), p.HasUnpublishedChanges, p.PublishedAt, p.ScheduledPublishAt, p.ArchivedAt, p.LastModifiedAt,
        warnings.Select(IssueDto.From).ToList());
}

public sealed record PostingFieldsDto(
    string Title, string Description, string BodyMarkdown, string? LeverId, string? EmploymentType,
    DateTimeOffset? ClosingAt, IReadOnlyList<string> Aliases,
    IReadOnlyList<JobLocation> Locations, bool Remote, string? RemoteCountry, SalaryRange? Salary, string? Department)
{
    /// <summary>The page type's custom fields, as top-level properties (see <see cref="CustomFieldsJson"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData] public Dictionary<string, object>? CustomFields { get; init; }

    public static PostingFieldsDto From(PostingContent c, PageType type) =>
        new(c.Title, c.Description, c.BodyMarkdown, c.LeverId, c.EmploymentType, c.ClosingAt, c.Aliases,
            c.Locations, c.Remote, c.RemoteCountry, c.Salary, c.Department) { CustomFields = CustomFieldsJson.Write(type, c) };
}

public sealed record IssueDto(string Field, string Code, string Message)
{
    public static IssueDto From(FieldIssue i) => new(ApiProblems.JsonName(i.Field), i.Code, i.Message);
}
