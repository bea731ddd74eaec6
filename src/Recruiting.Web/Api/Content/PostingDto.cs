using System.Text.Json.Serialization;

namespace Recruiting.Web.Api.Content;

/// <summary>A published posting as the content API serves it: its published fields only, never the draft.</summary>
public sealed record PostingDto(
    Guid Id,
    string Language,
    string Slug,
    /// <summary>`open` (applications accepted) or `archived`.</summary>
    string Status,
    string Title,
    string Description,
    string? LeverId,
    string? EmploymentType,
    DateTimeOffset? ClosingAt,
    /// <summary>Where the job is done: city and region when known, and country.</summary>
    IReadOnlyList<Recruiting.Core.Content.JobLocation> Locations,
    /// <summary>The job can be done remotely from <c>remoteCountry</c>.</summary>
    bool Remote,
    string? RemoteCountry,
    /// <summary>min and/or max, ISO 4217 currency, unit HOUR, DAY, WEEK, MONTH or YEAR.</summary>
    Recruiting.Core.Content.SalaryRange? Salary,
    string? Department,
    /// <summary>The absolute canonical URL on the careers site.</summary>
    string Url,
    TranslationLinkDto? Translation,
    DateTimeOffset FirstPublishedAt,
    DateTimeOffset PublishedAt,
    DateTimeOffset? ArchivedAt,
    /// <summary>The later of publication and archiving: what `updatedSince` filters on.</summary>
    DateTimeOffset UpdatedAt)
{
    /// <summary>The Markdown body. In a list, only when `fields` asks for it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? BodyMarkdown { get; init; }

    /// <summary>The body rendered to sanitized HTML at publication. In a list, only when `fields` asks for it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? BodyHtml { get; init; }

    /// <summary>The page type's custom fields, as top-level properties (see <see cref="CustomFieldsJson"/>).</summary>
    [JsonExtensionData] public Dictionary<string, object>? CustomFields { get; init; }
}

/// <summary>The visible posting in the other language for the same job.</summary>
public sealed record TranslationLinkDto(Guid Id, string Language, string Url);

public sealed record PostingPageDto(IReadOnlyList<PostingDto> Items, int Page, int PageSize, int TotalCount, int TotalPages);
