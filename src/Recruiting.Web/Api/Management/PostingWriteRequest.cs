using System.Text.Json;
using System.Text.Json.Serialization;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Api.Management;

/// <summary>
/// The body of create (POST) and update (PUT). On update, a field left out (null) keeps its current value,
/// an empty string clears an optional field, and `expectedVersion` is required.
/// </summary>
public sealed record PostingWriteRequest(
    string? Language,
    string? Slug,
    string? TranslationKey,
    string? Title,
    string? Description,
    string? BodyMarkdown,
    string? LeverId,
    string? EmploymentType,
    DateTimeOffset? ClosingAt,
    [property: JsonConverter(typeof(StringListConverter))] IReadOnlyList<string>? Aliases,
    int? ExpectedVersion,
    /// <summary>Left out: unchanged; [] clears.</summary>
    IReadOnlyList<JobLocation>? Locations = null,
    bool? Remote = null,
    string? RemoteCountry = null,
    /// <summary>Left out: unchanged; {} (no amount, no currency) clears.</summary>
    SalaryRange? Salary = null,
    string? Department = null)
{
    /// <summary>The page type's custom fields (see <see cref="CustomFieldsJson"/>) and any other property sent.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? More { get; init; }

    /// <summary>The input for a create; null with the field at fault when a custom field is not a string.</summary>
    public (PostingInput? Input, string? BadField) ToNewInput(PageType type) => Input(type, new PostingContent(), c => new(
        Language ?? "", Slug ?? (Title is null ? "" : SlugGenerator.FromText(Title)), TranslationKey ?? "", c));

    public (PostingInput? Input, string? BadField) ToUpdateInput(Posting current, PageType type) => Input(type, current.Draft, c => new(
        Language ?? current.Language, Slug ?? current.Slug, TranslationKey ?? current.TranslationKey, c));

    private (PostingInput?, string?) Input(PageType type, PostingContent current, Func<PostingContent, PostingInput> make)
    {
        var (fields, bad) = CustomFieldsJson.Read(type, More, current.Fields);
        return bad is null ? (make(Apply(current) with { Fields = fields }), null) : (null, bad);
    }

    private PostingContent Apply(PostingContent c) => c with
    {
        Title = Title ?? c.Title,
        Description = Description ?? c.Description,
        BodyMarkdown = BodyMarkdown ?? c.BodyMarkdown,
        LeverId = LeverId is null ? c.LeverId : Blank(LeverId),
        EmploymentType = EmploymentType is null ? c.EmploymentType : Blank(EmploymentType),
        ClosingAt = ClosingAt ?? c.ClosingAt,
        Aliases = Aliases ?? c.Aliases,
        Locations = Locations ?? c.Locations,
        Remote = Remote ?? c.Remote,
        RemoteCountry = RemoteCountry is null ? c.RemoteCountry : Blank(RemoteCountry),
        Salary = Salary is null ? c.Salary : Salary is { Min: null, Max: null, Currency: null } ? null : Salary,
        Department = Department is null ? c.Department : Blank(Department),
    };

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}

/// <summary>The optional body of publish, archive and unpublish; <c>confirmLanguage</c> (publish) says a body that reads as the other language is right.</summary>
public sealed record TransitionRequest(int? ExpectedVersion, bool? ConfirmLanguage = null);

public sealed record ScheduleRequest(DateTimeOffset? PublishAt, int? ExpectedVersion, bool? ConfirmLanguage = null);
