using Recruiting.Core.Content;
using Recruiting.Core.Lint;

namespace Recruiting.Core.Workflow;

/// <summary>
/// The rules every posting obeys, whoever saves it: console, API or importer. Lengths are those of
/// <see cref="PostingLimits"/> (the database's own), so both database providers accept exactly what passes here.
/// </summary>
public static class PostingValidator
{
    /// <summary>Aliases a posting may have: each is a redirect, checked and written on every save.</summary>
    public const int MaxAliases = PostingLimits.Aliases;
    /// <summary>Characters in one alias: the length of a redirect's path.</summary>
    public const int MaxAliasLength = PostingLimits.RedirectPath;

    /// <summary>
    /// The rules on the fields of <paramref name="type"/> (the job posting's declaration by default): whether required,
    /// the length and the characters of every text field as declared, then the rules of particular fields.
    /// <paramref name="body"/>, when the caller has parsed the body, adds whether it can be rendered.
    /// </summary>
    public static (List<FieldIssue> Errors, List<FieldIssue> Warnings) Validate(PostingInput input, LintedContent? body = null, PageType? type = null)
    {
        type ??= PageTypes.JobPosting;
        var errors = new List<FieldIssue>();
        var warnings = new List<FieldIssue>();
        var c = input.Content;
        DeclaredTextFields(errors, type, input);
        if (!string.IsNullOrWhiteSpace(input.Language) && !Languages.IsSupported(input.Language))
            errors.Add(new("Language", "required", RequiredMessages["Language"]));
        if (string.IsNullOrWhiteSpace(input.Slug))
            errors.Add(new("Slug", "required", "Enter a slug: lower-case letters, digits and dashes."));
        else if (input.Slug.Length <= PostingLimits.Slug && !SlugGenerator.IsValid(input.Slug))
            errors.Add(new("Slug", "slug-format", $"'{input.Slug}' is not a valid slug: use lower-case letters, digits and single dashes, such as '{SlugGenerator.FromText(input.Slug)}'.")
                { Args = [input.Slug, SlugGenerator.FromText(input.Slug)] });
        if (c.Aliases.Count > MaxAliases)
            errors.Add(new("Aliases", "too-many-aliases", $"A posting has at most {MaxAliases} aliases; remove some.") { Args = [$"{MaxAliases}"] });
        else
            foreach (var alias in c.Aliases)
                if (!alias.StartsWith('/'))
                    errors.Add(new("Aliases", "alias-format", $"The alias '{alias}' must be a path starting with '/'.") { Args = [alias] });
                else if (alias.Length > MaxAliasLength)
                    errors.Add(new("Aliases", "alias-too-long", $"The alias '{alias[..40]}…' is longer than {MaxAliasLength} characters; shorten it.") { Args = [alias[..40], $"{MaxAliasLength}"] });
        RedirectLengths(errors, "Urls", "url", c.Urls);
        JobFactsRules.Check(c, errors, warnings);
        XmlCharacters(errors, input);
        errors.AddRange(ValidateBody(c.BodyMarkdown, body));
        return (errors, warnings);
    }

    /// <summary>
    /// The rules on a simple page type's page (<see cref="PageTypes.CareersIndex"/>): its language, the declared text
    /// fields as for a posting (required, length, characters), the body as declared (required, length) and one that
    /// can be rendered.
    /// </summary>
    public static List<FieldIssue> ValidatePage(PageType type, string language, string title, LintedContent body)
    {
        var errors = new List<FieldIssue>();
        DeclaredTextFields(errors, type, new PostingInput(language, "", "", body.Content with { Title = title }));
        if (!Languages.IsSupported(language)) errors.Add(new("Language", "required", RequiredMessages["Language"]));
        var markdown = body.Content.BodyMarkdown;
        var declared = type.Find("BodyMarkdown");
        if (declared is { Required: true } && string.IsNullOrWhiteSpace(markdown)) errors.Add(Required(declared));
        else if (declared?.MaxLength is { } max && max < PostingLimits.Body && markdown.Length > max) errors.Add(TooLong(declared, max));
        else errors.AddRange(ValidateBody(markdown, body));
        return errors;
    }

    /// <summary>Whether required, the length and the characters of every declared text field but the body (see <see cref="ValidateBody"/>).</summary>
    private static void DeclaredTextFields(List<FieldIssue> errors, PageType type, PostingInput input)
    {
        foreach (var field in type.Fields.Where(f => f.IsText && f.Name != "BodyMarkdown"))
        {
            var value = FieldValues.Text(field, input);
            if (string.IsNullOrWhiteSpace(value) && field.Required)
                errors.Add(Required(field));
            else if (value is null) continue;
            else if (field.MaxLength is { } max && value.Length > max)
                errors.Add(TooLong(field, max));
            else if (XmlChars.FirstInvalid(value) is var at and >= 0)
                errors.Add(Invalid(field.Name, $"The {field.Noun} holds the character '{XmlChars.Name(value[at])}'", field, XmlChars.Name(value[at])));
        }
    }

    /// <summary>What a required field says when left blank; a field without its own sentence gets the declaration's.</summary>
    private static readonly Dictionary<string, string> RequiredMessages = new()
    {
        ["Title"] = "Enter a title.",
        ["Description"] = "Enter a description: it is the summary shown in search results.",
        ["Language"] = "Choose English (en) or French (fr).",
    };

    private static FieldIssue Required(FieldDefinition field) => RequiredMessages.TryGetValue(field.Name, out var message)
        ? new(field.Name, "required", message)
        : new(field.Name, "required", $"Enter the {field.Noun}.") { French = $"Remplissez le champ «\u00A0{field.Label.French}\u00A0»." };

    /// <summary>
    /// The body's rules, also asked by the editor's live preview: its length, characters XML cannot carry, and, when
    /// <paramref name="parsed"/> is given, whether <see cref="Rendering.MarkdownBody"/> can render it.
    /// </summary>
    public static IEnumerable<FieldIssue> ValidateBody(string markdown, LintedContent? parsed)
    {
        if (markdown.Length > PostingLimits.Body)
        {
            yield return new("BodyMarkdown", "too-long", $"The body is longer than {PostingLimits.Body} characters; shorten it.") { Args = [$"{PostingLimits.Body}"] };
            yield break;
        }
        if (XmlChars.FirstInvalid(markdown) is var at and >= 0)
        {
            var line = markdown.AsSpan(0, at).Count('\n') + 1;
            yield return Invalid("BodyMarkdown", $"The body holds the character '{XmlChars.Name(markdown[at])}' on line '{line}'", null, XmlChars.Name(markdown[at]), $"{line}");
        }
        if (parsed?.BodyProblem is { } problem)
            yield return new("BodyMarkdown", problem.Code, $"{problem.Message} Simplify that part of the body.") { Args = problem.Args };
    }

    /// <summary>The translation key a posting is stored with: the one given, else its slug (linked to no translation).</summary>
    public static string KeyOf(PostingInput input) => string.IsNullOrWhiteSpace(input.TranslationKey) ? input.Slug : input.TranslationKey;

    /// <summary>
    /// The rules that need the stored posting and the other postings, the same for a create, a save, an import and an
    /// import's dry run: the slug must be free, and the closing date must come after the publication.
    /// </summary>
    public static IEnumerable<FieldIssue> ValidateAmongOthers(PostingInput input, Posting? existing, bool slugHeldByAnother)
    {
        if (slugHeldByAnother)
            yield return new("Slug", "slug-taken", $"Another {input.Language} posting already uses the slug '{input.Slug}'; choose another.")
                { Args = [input.Slug, input.Language] };
        if (input.Content.ClosingAt is { } closing && (existing?.ScheduledPublishAt ?? existing?.FirstPublishedAt) is { } from && closing <= from)
            yield return new("ClosingAt", "closing-before-publish", "The closing date must come after the publication date.");
    }

    /// <summary>
    /// An alias (or legacy address) another posting already redirects stays with that posting, whoever saves: the
    /// console, the API and the importer store the rest and say so with this warning.
    /// </summary>
    public static FieldIssue RedirectTaken(string path, string holder) =>
        new("Aliases", "redirect-taken", $"The old path '{path}' already redirects to the posting '{holder}'; it was left there.") { Args = [path, holder] };

    private static FieldIssue TooLong(FieldDefinition field, int max) => new(field.Name, "too-long", $"The {field.Noun} is longer than {max} characters; shorten it.")
    {
        Args = [$"{max}"],
        French = $"Le champ «\u00A0{field.Label.French}\u00A0» dépasse {max}\u00A0caractères\u00A0; raccourcissez-le.",
    };

    private static void RedirectLengths(List<FieldIssue> errors, string field, string name, IReadOnlyList<string> paths)
    {
        foreach (var path in paths.Where(p => p.Length > PostingLimits.RedirectPath || RedirectPath.Normalize(p).Length > PostingLimits.RedirectPath))
            errors.Add(new(field, "too-long", $"The {name} '{path[..60]}…' is longer than {PostingLimits.RedirectPath} characters; shorten it.")
                { Args = [$"{PostingLimits.RedirectPath}", path[..60]] });
    }

    /// <summary>
    /// Characters XML cannot carry are refused, not stripped: they are invisible, so silently changing the text would
    /// surprise its author, and an import would no longer give back the file it read.
    /// </summary>
    private static void XmlCharacters(List<FieldIssue> errors, PostingInput input)
    {
        var c = input.Content;
        foreach (var (field, name, value) in JobFactsRules.Texts(c))
            if (XmlChars.FirstInvalid(value) is var at and >= 0)
                errors.Add(Invalid(field, $"The {name} holds the character '{XmlChars.Name(value![at])}'", null, XmlChars.Name(value[at])));
        foreach (var (field, list) in new[] { ("Aliases", c.Aliases), ("Urls", c.Urls) })
            foreach (var item in list)
                if (XmlChars.FirstInvalid(item) is var p and >= 0)
                    errors.Add(Invalid(field, $"The path '{XmlChars.Strip(item)}' holds the character '{XmlChars.Name(item[p])}'", null, XmlChars.Name(item[p]), XmlChars.Strip(item)));
        foreach (var (key, value) in c.ExtraFrontMatter)
            if (XmlChars.FirstInvalid(key + value) is var k and >= 0)
                errors.Add(Invalid("ExtraFrontMatter", $"The front-matter key '{XmlChars.Strip(key)}' holds the character '{XmlChars.Name((key + value)[k])}'", null, XmlChars.Name((key + value)[k]), XmlChars.Strip(key)));
    }

    /// <summary>The character's name comes first in <paramref name="args"/>, then where it is (a line, a path or a key).</summary>
    private static FieldIssue Invalid(string field, string what, FieldDefinition? declared, params string[] args) => new(field, "invalid-character",
        what + ", which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it.")
    {
        Args = args,
        French = declared is null ? null : $"Le champ «\u00A0{declared.Label.French}\u00A0» contient un caractère que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
    };
}
