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
    [property: System.Text.Json.Serialization.JsonConverter(typeof(StringListConverter))] IReadOnlyList<string>? Aliases,
    int? ExpectedVersion,
    /// <summary>Left out: unchanged; [] clears.</summary>
    IReadOnlyList<JobLocation>? Locations = null,
    bool? Remote = null,
    string? RemoteCountry = null,
    /// <summary>Left out: unchanged; {} (no amount, no currency) clears.</summary>
    SalaryRange? Salary = null,
    string? Department = null)
{
    public PostingInput ToNewInput() => new(
        Language ?? "", Slug ?? (Title is null ? "" : SlugGenerator.FromText(Title)), TranslationKey ?? "",
        Apply(new PostingContent()));

    public PostingInput ToUpdateInput(Posting current) => new(
        Language ?? current.Language, Slug ?? current.Slug, TranslationKey ?? current.TranslationKey, Apply(current.Draft));

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

/// <summary>The optional body of publish, archive and unpublish.</summary>
public sealed record TransitionRequest(int? ExpectedVersion);

public sealed record ScheduleRequest(DateTimeOffset? PublishAt, int? ExpectedVersion);
