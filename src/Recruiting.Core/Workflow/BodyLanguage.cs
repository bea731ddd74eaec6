using Recruiting.Core.Content;

namespace Recruiting.Core.Workflow;

/// <summary>
/// A body that reads as the other language than its posting's (by the importer's detection, <see cref="LanguageDetector"/>),
/// or a draft still flagged "to translate" (<see cref="PostingContent.TranslateFrom"/>): saving warns; publishing and
/// scheduling are refused until the author marks a draft to translate translated, or a publisher confirms the language is right.
/// </summary>
public static class BodyLanguage
{
    /// <summary>The language the body reads as when it is not the posting's; null when it is, or when the text cannot tell.</summary>
    public static string? Mismatch(string language, PostingContent content) =>
        LanguageDetector.Detect(content.BodyMarkdown) is { } detected && detected != language && Languages.IsSupported(language) ? detected : null;

    public static FieldIssue Warning(string detected) => detected == Languages.French
        ? new("BodyMarkdown", "body-in-french", "The body reads as French, but the posting is in English: translate the body, or set the language to French.")
        : new("BodyMarkdown", "body-in-english", "The body reads as English, but the posting is in French: translate the body, or set the language to English.");

    public static FieldIssue PublishRefused(string detected) => detected == Languages.French
        ? new("BodyMarkdown", "publish-body-in-french", "The body reads as French, but the posting is in English. Translate the body, or tick 'The language is right' and publish again.")
        : new("BodyMarkdown", "publish-body-in-english", "The body reads as English, but the posting is in French. Translate the body, or tick 'The language is right' and publish again.");

    public static readonly FieldIssue ToTranslate = new("BodyMarkdown", "publish-to-translate",
        "This draft is still flagged 'to translate'. Translate its text, tick 'The text is translated', save, then publish.");

    /// <summary>Why publishing this draft needs more from its publisher, or null.</summary>
    public static FieldIssue? Refusal(string language, PostingContent draft, bool languageConfirmed)
    {
        if (languageConfirmed) return null;
        if (draft.TranslateFrom is not null) return ToTranslate;
        return Mismatch(language, draft) is { } detected ? PublishRefused(detected) : null;
    }
}
