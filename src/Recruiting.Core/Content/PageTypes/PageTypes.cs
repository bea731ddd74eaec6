using Recruiting.Core.Workflow;

namespace Recruiting.Core.Content;

/// <summary>
/// The page types of the product, declared once. Core fields (typed in <see cref="Posting"/> and
/// <see cref="PostingContent"/>, where queries and the workflow need them) are declared here too, so the editor, the
/// validator, the APIs, the importer and the exporter read their labels, limits and front-matter keys from one place;
/// their storage limits are <see cref="PostingLimits"/>, the columns' own sizes. A custom field (<c>Custom = true</c>)
/// lives in <see cref="PostingContent.Fields"/> and needs nothing but its declaration.
/// </summary>
public static class PageTypes
{
    private static Bilingual T(string english, string french) => new(english, french);

    public static readonly PageType JobPosting = new("job-posting", T("Job posting", "Offre d’emploi"),
    [
        new("Title", FieldKind.Text, T("Title", "Titre"), "title")
            { Required = true, MaxLength = PostingLimits.Title, FrontMatterKey = "title", JsonLd = "title" },
        new("Description", FieldKind.LongText, T("Description", "Description"), "description")
        {
            Required = true, MaxLength = PostingLimits.Description, FrontMatterKey = "description",
            Hint = T("The summary shown in lists and search results.", "Le résumé affiché dans les listes et les résultats de recherche."),
        },
        new("Language", FieldKind.Language, T("Language", "Langue"), "language") { Required = true },
        new("Slug", FieldKind.Slug, T("Slug", "Slug"), "slug")
        {
            MaxLength = PostingLimits.Slug, FrontMatterKey = "slug",
            Hint = T("Lower-case letters, digits and dashes; the address is /en/careers/slug. Left empty, it is made from the title. A changed slug keeps the old address as a redirect.",
                "Minuscules, chiffres et tirets\u00A0; l’adresse est /fr/carrieres/slug. Laissé vide, il est tiré du titre. Un slug modifié garde l’ancienne adresse en redirection."),
        },
        new("TranslationKey", FieldKind.Text, T("Translation key", "Clé de traduction"), "translation key")
        {
            MaxLength = PostingLimits.TranslationKey, FrontMatterKey = "translationKey",
            Hint = T("Shared by a posting and its translation. Left empty, the slug is used.", "Commune à une offre et à sa traduction. Laissée vide, le slug est utilisé."),
        },
        new("LeverId", FieldKind.Text, T("Lever ID", "Identifiant Lever"), "leverId")
        {
            MaxLength = PostingLimits.LeverId, FrontMatterKey = "leverId", JsonLd = "identifier",
            Hint = T("The job's GUID in Lever, for the Apply link.", "Le GUID du poste dans Lever, pour le lien Postuler."),
        },
        new("EmploymentType", FieldKind.Choice, T("Employment type", "Type d’emploi"), "employment type")
        {
            MaxLength = PostingLimits.ShortText, FrontMatterKey = "employmentType", JsonLd = "employmentType",
            Hint = T("Shown on the posting and given to search engines.", "Affiché sur l’offre et transmis aux moteurs de recherche."),
        },
        new("Locations", FieldKind.Locations, T("Locations", "Lieux"), "location")
        {
            MaxItems = PostingLimits.Locations, MaxLength = PostingLimits.PlaceName, FrontMatterKey = "locations", JsonLd = "jobLocation",
            Hint = T("One a line: city, region, country (such as Montréal, QC, Canada), or the country alone.",
                "Un par ligne\u00A0: ville, région, pays (comme Montréal, QC, Canada), ou le pays seul."),
        },
        new("Remote", FieldKind.Boolean, T("Remote work", "Télétravail"), "remote work") { FrontMatterKey = "remote", JsonLd = "jobLocationType" },
        new("RemoteCountry", FieldKind.Text, T("Country of remote applicants", "Pays des candidats en télétravail"), "remote country")
        {
            MaxLength = PostingLimits.PlaceName, FrontMatterKey = "remoteCountry", JsonLd = "applicantLocationRequirements",
            Hint = T("Required for remote work: where applicants must live, such as Canada.",
                "Obligatoire pour le télétravail\u00A0: le pays où les candidats doivent résider, comme le Canada."),
        },
        new("Salary", FieldKind.Salary, T("Salary", "Salaire"), "salary")
        {
            FrontMatterKey = "salary", JsonLd = "baseSalary",
            Hint = T("Optional: a minimum, a maximum or both.", "Facultatif\u00A0: un minimum, un maximum ou les deux."),
        },
        new("Department", FieldKind.Text, T("Department or team", "Service ou équipe"), "department")
            { MaxLength = PostingLimits.ShortText, FrontMatterKey = "department" },
        new("ClosingAt", FieldKind.DateTime, T("Closing date", "Date de clôture"), "closing date")
        {
            FrontMatterKey = "closingAt", JsonLd = "validThrough",
            Hint = T("The posting is archived automatically at this time; it must come after the publication date.",
                "L’offre est archivée automatiquement à ce moment\u00A0; la date doit suivre celle de publication."),
        },
        new("Aliases", FieldKind.Paths, T("Aliases", "Alias"), "alias")
        {
            MaxItems = PostingLimits.Aliases, MaxLength = PostingLimits.RedirectPath, FrontMatterKey = "aliases",
            Hint = T("Old addresses that redirect to this posting, one per line, each starting with /.",
                "Anciennes adresses redirigées vers cette offre, une par ligne, chacune commençant par /."),
        },
        new("BodyMarkdown", FieldKind.Markdown, T("Body (Markdown)", "Texte (Markdown)"), "body")
        {
            MaxLength = PostingLimits.Body, JsonLd = "description",
            Hint = T("Headings, lists, links and tables in Markdown. The preview uses the public site's rendering.",
                "Titres, listes, liens et tableaux en Markdown. L’aperçu utilise le rendu du site public."),
        },
        // Kept from legacy files for the export; not shown in the editor.
        new("Layout", FieldKind.Text, T("Layout", "Gabarit (layout)"), "layout") { MaxLength = PostingLimits.ShortText, FrontMatterKey = "layout", LegacyOnly = true },
        new("Type", FieldKind.Text, T("Type", "Type"), "type") { MaxLength = PostingLimits.ShortText, FrontMatterKey = "type", LegacyOnly = true },
        new("Urls", FieldKind.Paths, T("Legacy address (url)", "Ancienne adresse (url)"), "url")
            { MaxLength = PostingLimits.RedirectPath, FrontMatterKey = "url", LegacyOnly = true },
    ]);

    public static readonly PageType CareersIndex = new("careers-index", T("Careers index", "Page Carrières"),
    [
        new("Title", FieldKind.Text, T("Title", "Titre"), "title")
        {
            Required = true, MaxLength = PostingLimits.Title,
            Hint = T("The careers page's heading in this language.", "Le titre de la page Carrières dans cette langue."),
        },
        new("BodyMarkdown", FieldKind.Markdown, T("Introduction (Markdown)", "Introduction (Markdown)"), "introduction")
        {
            MaxLength = PostingLimits.Body,
            Hint = T("Shown above the search and the postings. Headings, lists and links in Markdown; public as soon as it is saved.",
                "Affichée au-dessus de la recherche et des offres. Titres, listes et liens en Markdown\u00A0; publique dès l’enregistrement."),
        },
    ]);
}
