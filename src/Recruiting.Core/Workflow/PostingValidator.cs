using System.Text.RegularExpressions;
using Recruiting.Core.Content;

namespace Recruiting.Core.Workflow;

/// <summary>The rules every posting obeys, whoever saves it: console, API or importer.</summary>
public static partial class PostingValidator
{
    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Guid();

    /// <summary>Aliases a posting may have: each is a redirect, checked and written on every save.</summary>
    public const int MaxAliases = 100;
    /// <summary>Characters in one alias: the length of a redirect's path.</summary>
    public const int MaxAliasLength = 500;

    public static (List<FieldIssue> Errors, List<FieldIssue> Warnings) Validate(PostingInput input)
    {
        var errors = new List<FieldIssue>();
        var warnings = new List<FieldIssue>();
        var c = input.Content;
        if (string.IsNullOrWhiteSpace(c.Title))
            errors.Add(new("Title", "required", "Enter a title."));
        else if (c.Title.Length > 500)
            errors.Add(new("Title", "too-long", "The title is longer than 500 characters; shorten it."));
        if (string.IsNullOrWhiteSpace(c.Description))
            errors.Add(new("Description", "required", "Enter a description: it is the summary shown in search results."));
        if (!Languages.IsSupported(input.Language))
            errors.Add(new("Language", "required", "Choose English (en) or French (fr)."));
        if (string.IsNullOrWhiteSpace(input.Slug))
            errors.Add(new("Slug", "required", "Enter a slug: lower-case letters, digits and dashes."));
        else if (!SlugGenerator.IsValid(input.Slug))
            errors.Add(new("Slug", "slug-format", $"'{input.Slug}' is not a valid slug: use lower-case letters, digits and single dashes, such as '{SlugGenerator.FromText(input.Slug)}'."));
        if (!string.IsNullOrWhiteSpace(c.LeverId) && !Guid().IsMatch(c.LeverId))
            warnings.Add(new("LeverId", "leverid-format", $"The leverId '{c.LeverId}' is not a GUID; the Apply link may not work."));
        if (c.Aliases.Count > MaxAliases)
            errors.Add(new("Aliases", "too-many-aliases", $"A posting has at most {MaxAliases} aliases; remove some."));
        else
            foreach (var alias in c.Aliases)
                if (!alias.StartsWith('/'))
                    errors.Add(new("Aliases", "alias-format", $"The alias '{alias}' must be a path starting with '/'."));
                else if (alias.Length > MaxAliasLength)
                    errors.Add(new("Aliases", "alias-too-long", $"The alias '{alias[..40]}…' is longer than {MaxAliasLength} characters; shorten it."));
        return (errors, warnings);
    }
}
