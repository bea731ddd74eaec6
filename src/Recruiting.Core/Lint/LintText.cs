using System.Globalization;

namespace Recruiting.Core.Lint;

/// <summary>
/// One sentence of a content check, with the stable key the console's catalog translates it under
/// (<c>lint.{Key}</c>) and its English, a template whose {0}, {1}… are the finding's <see cref="LintFinding.Args"/>.
/// The English is written here only: the command line prints it, and the catalog's entry names it.
/// </summary>
public sealed record LintText(string Key, string English)
{
    public string Format(IReadOnlyList<string> args) => string.Format(CultureInfo.InvariantCulture, English, [.. args]);

    /// <summary>The line a body finding is on, before its sentences.</summary>
    public static readonly LintText Line = new("line", "Line {0}: ");

    public static readonly LintText DescriptionTooLong = new("description-length", "The description has {0} characters; search results cut it after about {1}.");
    public static readonly LintText DescriptionTooLongFix = new("description-length.fix", "Shorten it to {1} characters or fewer, with the essentials first.");
    public static readonly LintText HeadingLevelOne = new("heading-level.one", "A level-1 heading in the body: the posting title is the page's only level-1 heading, so this one is shown as level 2.");
    public static readonly LintText HeadingLevelOneFix = new("heading-level.one.fix", "Use ## instead of #.");
    public static readonly LintText HeadingSkipped = new("heading-level.skipped", "This level-{0} heading follows level {1}: level {2} is skipped.");
    public static readonly LintText HeadingSkippedFix = new("heading-level.skipped.fix", "Use {3} here, or add the missing level-{2} heading above it.");
    public static readonly LintText HttpLink = new("http-link", "The address {0} uses http://, which is not encrypted.");
    public static readonly LintText HttpLinkFix = new("http-link.fix", "Use https:// if the site supports it (open the link to check).");
    public static readonly LintText LeverIdFormat = new("leverid-format", "The leverId '{0}' is not a GUID, so it is not a Lever posting id: the Apply link leads to a page that does not exist.");
    public static readonly LintText LeverIdFormatFix = new("leverid-format.fix", "Copy the posting's id from its Lever address (jobs.lever.co/<company>/<id>), or clear the field.");
    public static readonly LintText LinkScheme = new("link-scheme", "The link '{0}' starts with '{1}:', which is not a web or e-mail address: readers cannot follow it.");
    public static readonly LintText LinkSchemeFix = new("link-scheme.fix", "Write the address with https://, http:// or mailto:, or remove the link.");
    public static readonly LintText MalformedLink = new("malformed-link", "'{0}' is not a link: the space between ']' and '(' makes it plain text.");
    public static readonly LintText MalformedLinkFix = new("malformed-link.fix", "Remove the space: [{1}]({2}).");
    // What the sanitizer removes, one sentence per kind: {0} is the element, {1} the attribute or address scheme.
    public static readonly LintText RemovedElement = new("removed-html.element", "The sanitizer removes the <{0}> element and everything inside it: it never reaches the public page.");
    public static readonly LintText RemovedTag = new("removed-html.tag", "The sanitizer removes the <{0}> tag (its text is kept): it never reaches the public page.");
    public static readonly LintText RemovedEventHandler = new("removed-html.event-handler", "The sanitizer removes the {1} event handler on <{0}>: it never reaches the public page.");
    public static readonly LintText RemovedStyle = new("removed-html.style", "The sanitizer removes the style attribute on <{0}>: it never reaches the public page.");
    public static readonly LintText RemovedUnsafeUrl = new("removed-html.unsafe-url", "The sanitizer removes the unsafe link {1} on <{0}>: it never reaches the public page.");
    public static readonly LintText RemovedAttribute = new("removed-html.attribute", "The sanitizer removes the {1} attribute on <{0}>: it never reaches the public page.");
    public static readonly LintText RemovedLinkAddress = new("removed-html.link-address", "The sanitizer removes this link's unsafe address ({0}): it never reaches the public page.");
    public static readonly LintText RemovedImageAddress = new("removed-html.image-address", "The sanitizer removes this image's unsafe address ({0}): it never reaches the public page.");
    public static readonly LintText RemovedHtmlFix = new("removed-html.fix", "Delete it from the body, or rewrite it with Markdown or allowed HTML (no scripts, styles, event handlers, forms or embeds).");

    // The checks across postings (the lint command's): what is open to the public, and its translations.
    public static readonly LintText MissingLeverId = new("missing-lever-id", "This open posting has no leverId, so its page shows no Apply link.");
    public static readonly LintText MissingLeverIdFix = new("missing-lever-id.fix", "Enter the posting's Lever id (a GUID from its Lever URL) and publish again, or archive the posting.");
    public static readonly LintText SharedLeverId = new("shared-lever-id", "The leverId {0} is also used by the open posting(s) {1}: their Apply links lead to the same Lever job.");
    public static readonly LintText SharedLeverIdFix = new("shared-lever-id.fix", "Give each job its own leverId from Lever, or archive the duplicate posting.");
    public static readonly LintText FrenchNotOpen = new("missing-translation.fr.not-open", "Its French version ({0}) is not open to applications.");
    public static readonly LintText EnglishNotOpen = new("missing-translation.en.not-open", "Its English version ({0}) is not open to applications.");
    public static readonly LintText TranslationNotOpenFix = new("missing-translation.not-open.fix", "Publish the translation, or archive this posting too.");
    public static readonly LintText NoFrench = new("missing-translation.fr.none", "This open posting has no French version (no fr posting with translationKey '{0}').");
    public static readonly LintText NoEnglish = new("missing-translation.en.none", "This open posting has no English version (no en posting with translationKey '{0}').");
    public static readonly LintText NoTranslationFix = new("missing-translation.none.fix", "Create the translation from this posting in the console and publish it.");
    public static readonly LintText MissingLocation = new("missing-location", "This open posting says neither where the job is nor that it is remote; search engines may not list it.");
    public static readonly LintText MissingLocationFix = new("missing-location.fix", "Enter its location (city, region, country) or tick Remote with the applicants' country, and publish again.");

    /// <summary>The sentence under <paramref name="key"/>, or null when no check has it (any longer).</summary>
    public static LintText? Find(string key) => All.FirstOrDefault(t => t.Key == key);

    public static IEnumerable<LintText> All =>
    [
        Line, DescriptionTooLong, DescriptionTooLongFix, HeadingLevelOne, HeadingLevelOneFix, HeadingSkipped, HeadingSkippedFix,
        HttpLink, HttpLinkFix, LeverIdFormat, LeverIdFormatFix, LinkScheme, LinkSchemeFix, MalformedLink, MalformedLinkFix,
        RemovedElement, RemovedTag, RemovedEventHandler, RemovedStyle, RemovedUnsafeUrl, RemovedAttribute, RemovedLinkAddress, RemovedImageAddress,
        RemovedHtmlFix,
        MissingLeverId, MissingLeverIdFix, SharedLeverId, SharedLeverIdFix, FrenchNotOpen, EnglishNotOpen, TranslationNotOpenFix,
        NoFrench, NoEnglish, NoTranslationFix, MissingLocation, MissingLocationFix,
    ];
}
