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
    int? ExpectedVersion)
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
    };

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}

/// <summary>The optional body of publish, archive and unpublish.</summary>
public sealed record TransitionRequest(int? ExpectedVersion);

public sealed record ScheduleRequest(DateTimeOffset? PublishAt, int? ExpectedVersion);
