using System.Globalization;
using Recruiting.Core.Content;

namespace Recruiting.Web.Api.Content;

public enum StatusFilter { Open, Archived, All }

/// <summary>The fields a list leaves out unless `fields` names them: the bodies, most of an answer's weight.</summary>
[Flags]
public enum OptionalFields { None = 0, BodyMarkdown = 1, BodyHtml = 2 }

/// <summary>The validated query of `GET /api/v1/postings`; <see cref="Parse"/> says what to send instead of bad values.</summary>
public sealed record PostingListQuery(string? Language, StatusFilter Status, string? Text, DateTimeOffset? UpdatedSince, int Page, int PageSize,
    OptionalFields Fields = OptionalFields.None)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 200;

    public static (PostingListQuery? Query, Dictionary<string, string[]> Errors) Parse(
        string? lang, string? status, string? q, string? updatedSince, string? page, string? pageSize, string? fields = null)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [message];

        var language = string.IsNullOrEmpty(lang) ? null : lang.ToLowerInvariant();
        if (language is not null && !Languages.IsSupported(language))
            Error("lang", $"'{lang}' is not a language of this site: send 'en' or 'fr', or leave it out for both.");

        var filter = StatusFilter.Open;
        var knownStatus = string.IsNullOrEmpty(status) || (!int.TryParse(status, out _) && Enum.TryParse(status, ignoreCase: true, out filter));
        if (!knownStatus)
            Error("status", $"'{status}' is not a status: send 'open' (the default), 'archived' or 'all'.");

        var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (text is { Length: > MaxTextLength })
            Error("q", $"The search text is {text.Length} characters long; send at most {MaxTextLength}.");

        DateTimeOffset? since = null;
        if (!string.IsNullOrEmpty(updatedSince))
        {
            if (DateTimeOffset.TryParse(updatedSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                since = parsed;
            else
                Error("updatedSince", $"'{updatedSince}' is not an ISO 8601 date-time: send one such as 2024-05-01T00:00:00Z.");
        }

        var optional = OptionalFields.None;
        foreach (var name in (fields ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(name, out _) && Enum.TryParse<OptionalFields>(name, ignoreCase: true, out var field) && field != OptionalFields.None)
                optional |= field;
            else
                Error("fields", $"'{name}' is not a field a list can add: send bodyMarkdown, bodyHtml or both, separated by a comma.");
        }

        var pageNumber = ParseInt(page, 1, 1, int.MaxValue, "page", $"send a page number of 1 or more.", Error);
        var size = ParseInt(pageSize, DefaultPageSize, 1, MaxPageSize, "pageSize", $"send a page size from 1 to {MaxPageSize}.", Error);
        return errors.Count > 0 ? (null, errors) : (new PostingListQuery(language, filter, text, since, pageNumber, size, optional), errors);
    }

    private static int ParseInt(string? value, int fallback, int min, int max, string field, string hint, Action<string, string> error)
    {
        if (string.IsNullOrEmpty(value)) return fallback;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        error(field, $"'{value}' is not accepted for {field}: {hint}");
        return fallback;
    }
}
