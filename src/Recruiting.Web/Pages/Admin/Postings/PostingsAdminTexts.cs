using Recruiting.Core.Lint;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// The French of the postings screens of the console, and of the save pipeline's messages (by code, field and
/// arguments: see <see cref="IssueText"/>).
/// </summary>
public sealed class PostingsAdminTexts : TextCatalog
{
    public override Translations French { get; } = new Translations()
    {
        // List
        ["Job postings"] = "Offres d’emploi",
        ["New posting"] = "Nouvelle offre",
        ["Import files"] = "Importer des fichiers",
        ["Careers page introduction"] = "Introduction de la page Carrières",
        ["Search and filter postings"] = "Rechercher et filtrer les offres",
        ["Search title, body or leverId"] = "Rechercher dans le titre, le texte ou le leverId",
        ["All languages"] = "Toutes les langues",
        ["English"] = "Anglais",
        ["French"] = "Français",
        ["Any"] = "Toutes",
        ["Any status (not trashed)"] = "Tous les statuts (hors corbeille)",
        ["Draft"] = "Brouillon",
        // One posting's status (an offre: feminine singular, see StatusText.Of); the filter's are plural.
        ["status.draft", "Draft"] = "Brouillon",
        ["status.in-review", "In review"] = "En relecture",
        ["status.scheduled", "Scheduled"] = "Programmée",
        ["status.published", "Published"] = "Publiée",
        ["status.archived", "Archived"] = "Archivée",
        ["In review"] = "En relecture",
        ["Scheduled"] = "Programmées",
        ["Published"] = "Publiées",
        ["Archived"] = "Archivées",
        ["In the trash"] = "À la corbeille",
        ["Missing translation"] = "Traduction manquante",
        ["Stale translation"] = "Traduction périmée",
        ["Up to date"] = "Traduction à jour",
        ["Apply filters"] = "Appliquer les filtres",
        ["{0} postings"] = "{0} offres",
        ["Modified"] = "Modifiée",
        ["Pages"] = "Pages",
        ["Previous page"] = "Page précédente",
        ["Next page"] = "Page suivante",
        ["Page {0} of {1}"] = "Page {0} sur {1}",
        ["No posting matches these filters."] = "Aucune offre ne correspond à ces filtres.",

        // Editor
        ["Edit: {0}"] = "Modifier\u00A0: {0}",
        ["There is a problem"] = "Il y a un problème",
        ["Their current version (saved by someone else)"] = "Leur version actuelle (enregistrée par une autre personne)",
        ["Your text is kept in the form below. Merge what you need from their version, then save again."] =
            "Votre texte est conservé dans le formulaire ci-dessous. Reprenez ce qu’il faut de leur version, puis enregistrez de nouveau.",
        ["State"] = "État",
        ["Status"] = "Statut",
        ["Version"] = "Version",
        ["Last change"] = "Dernière modification",
        ["Publication scheduled"] = "Publication programmée",
        ["Content"] = "Contenu",
        ["Job facts"] = "Caractéristiques du poste",
        ["Legacy addresses"] = "Anciennes adresses",
        ["To translate"] = "À traduire",
        ["This draft's text is a copy of the English posting: translate it, then tick the box below."] =
            "Le texte de ce brouillon est une copie de l’offre anglaise\u00A0: traduisez-le, puis cochez la case ci-dessous.",
        ["This draft's text is a copy of the French posting: translate it, then tick the box below."] =
            "Le texte de ce brouillon est une copie de l’offre française\u00A0: traduisez-le, puis cochez la case ci-dessous.",
        ["The original text"] = "Le texte d’origine",
        ["The text is translated"] = "Le texte est traduit",
        ["The language is right"] = "La langue est la bonne",
        ["Status:"] = "Statut\u00A0:",
        ["Public page:"] = "Page publique\u00A0:",
        ["Preview: {0}"] = "Aperçu\u00A0: {0}",
        ["French:"] = "Français\u00A0:",
        ["English:"] = "Anglais\u00A0:",
        ["the draft has changes not yet published"] = "le brouillon contient des modifications non publiées",
        ["Scheduled for {0} ({1})"] = "Programmée pour le {0} ({1})",
        ["Open the translation"] = "Ouvrir la traduction",
        ["Compare both languages"] = "Comparer les deux langues",
        ["Create the translation"] = "Créer la traduction",
        ["Preview the draft"] = "Prévisualiser le brouillon",
        ["History"] = "Historique",
        ["Title"] = "Titre",
        ["Required."] = "Obligatoire.",
        ["Description"] = "Description",
        ["Required: the summary shown in lists and search results."] = "Obligatoire\u00A0: le résumé affiché dans les listes et les résultats de recherche.",
        ["Language"] = "Langue",
        ["Slug"] = "Slug",
        ["Lower-case letters, digits and dashes; the address is /en/careers/slug. Left empty, it is made from the title. A changed slug keeps the old address as a redirect."] =
            "Minuscules, chiffres et tirets\u00A0; l’adresse est /fr/carrieres/slug. Laissé vide, il est tiré du titre. Un slug modifié garde l’ancienne adresse en redirection.",
        ["Translation key"] = "Clé de traduction",
        ["Shared by a posting and its translation. Left empty, the slug is used."] = "Commune à une offre et à sa traduction. Laissée vide, le slug est utilisé.",
        ["Lever ID"] = "Identifiant Lever",
        ["The job's GUID in Lever, for the Apply link."] = "Le GUID du poste dans Lever, pour le lien Postuler.",
        ["Closing date"] = "Date de clôture",
        ["Shown on the posting and given to search engines."] = "Affiché sur l’offre et transmis aux moteurs de recherche.",
        ["Not said"] = "Non précisé",
        ["One a line: city, region, country (such as Montréal, QC, Canada), or the country alone."] =
            "Un par ligne\u00A0: ville, région, pays (comme Montréal, QC, Canada), ou le pays seul.",
        ["Country of remote applicants"] = "Pays des candidats en télétravail",
        ["Required for remote work: where applicants must live, such as Canada."] =
            "Obligatoire pour le télétravail\u00A0: le pays où les candidats doivent résider, comme le Canada.",
        ["Optional: a minimum, a maximum or both."] = "Facultatif\u00A0: un minimum, un maximum ou les deux.",
        ["Minimum"] = "Minimum",
        ["Maximum"] = "Maximum",
        ["Currency"] = "Devise",
        ["Per"] = "Par",
        ["hour"] = "heure",
        ["day"] = "jour",
        ["week"] = "semaine",
        ["month"] = "mois",
        ["year"] = "année",
        ["In your time zone ({0}). The posting is archived automatically at this time; it must come after the publication date."] =
            "Dans votre fuseau horaire ({0}). L’offre est archivée automatiquement à ce moment\u00A0; la date doit suivre celle de publication.",
        ["Aliases"] = "Alias",
        ["In your time zone ({0})."] = "Dans votre fuseau horaire ({0}).",
        ["Layout"] = "Gabarit (layout)",
        ["Type"] = "Type",
        ["Legacy address (url)"] = "Ancienne adresse (url)",
        // The apply route (ApplyRoute)
        ["issue.no-apply-template.LeverId", "No posting shows an Apply link: the site has no Site:ApplyUrlTemplate. Ask an administrator to set it before publishing."] =
            "Aucune offre n’affiche de lien Postuler\u00A0: le site n’a pas de Site:ApplyUrlTemplate. Demandez à un administrateur de le définir avant de publier.",
        ["issue.no-apply-route.LeverId", "This posting has no Lever ID, so it will show no Apply link: candidates cannot apply. Enter it before publishing."] =
            "Cette offre n’a pas d’identifiant Lever, elle n’affichera donc aucun lien Postuler\u00A0: les candidats ne pourront pas postuler. Saisissez-le avant de publier.",
        ["issue.published-without-apply-route", "The posting is published, but it shows no Apply link: candidates cannot apply."] =
            "L’offre est publiée, mais elle n’affiche aucun lien Postuler\u00A0: les candidats ne peuvent pas postuler.",
        ["Old addresses that redirect to this posting, one per line, each starting with /."] =
            "Anciennes adresses redirigées vers cette offre, une par ligne, chacune commençant par /.",
        ["Body (Markdown)"] = "Texte (Markdown)",
        ["Headings, lists, links and tables in Markdown. The preview uses the public site's rendering."] =
            "Titres, listes, liens et tableaux en Markdown. L’aperçu utilise le rendu du site public.",
        ["Preview"] = "Aperçu",
        ["Save"] = "Enregistrer",
        ["Save draft"] = "Enregistrer le brouillon",
        ["Submit for review"] = "Soumettre pour relecture",
        ["Publish now"] = "Publier maintenant",
        ["Publish on (your time zone, {0})"] = "Publier le (votre fuseau horaire, {0})",
        ["Schedule publication"] = "Programmer la publication",
        ["Checks"] = "Vérifications",
        ["No warnings."] = "Aucun avertissement.",
        ["1 warning."] = "1\u00A0avertissement.",
        ["{0} warnings."] = "{0}\u00A0avertissements.",
        ["Publication"] = "Publication",
        ["Archive"] = "Archiver",
        ["Unarchive"] = "Désarchiver",
        ["Unpublish"] = "Dépublier",
        ["Move to the trash"] = "Mettre à la corbeille",
        ["Restore from the trash"] = "Restaurer depuis la corbeille",

        // Notices
        ["The draft is saved."] = "Le brouillon est enregistré.",
        ["The posting is submitted for review."] = "L’offre est soumise pour relecture.",
        ["The posting is published."] = "L’offre est publiée.",
        ["The publication is scheduled."] = "La publication est programmée.",
        ["The posting is archived."] = "L’offre est archivée.",
        ["The posting is open again."] = "L’offre est de nouveau ouverte.",
        ["The posting is unpublished."] = "L’offre est dépubliée.",
        ["The posting is in the trash."] = "L’offre est à la corbeille.",
        ["The posting is restored from the trash."] = "L’offre est restaurée depuis la corbeille.",
        ["The revision is restored as the new draft."] = "La révision est restaurée comme nouveau brouillon.",
        ["The translation is created as a draft to translate: translate its text, tick 'The text is translated', then save."] =
            "La traduction est créée comme brouillon à traduire\u00A0: traduisez son texte, cochez «\u00A0Le texte est traduit\u00A0», puis enregistrez.",
        ["The translation could not be created: its slug or key is already used in the other language."] =
            "La traduction n’a pas pu être créée\u00A0: son slug ou sa clé est déjà utilisé dans l’autre langue.",
        ["The introduction is saved."] = "L’introduction est enregistrée.",
        ["History of the introduction"] = "Historique de l’introduction",
        ["History of the introduction ({0})"] = "Historique de l’introduction ({0})",
        ["Back to the introduction"] = "Retour à l’introduction",
        ["No revision yet: the introduction has not been saved since revisions are kept."] =
            "Aucune révision pour l’instant\u00A0: l’introduction n’a pas été enregistrée depuis que les révisions sont conservées.",
        ["Revisions, newest first."] = "Révisions, de la plus récente à la plus ancienne.",
        ["Revision {0}"] = "Révision {0}",

        // Import report messages, by code (see ImportText), and their advice as written
        ["line {0}, column {1}: "] = "ligne {0}, colonne {1}\u00A0: ",
        ["line {0}: "] = "ligne {0}\u00A0: ",
        ["import.title-derived", "No title: used \"{0}\" from the body."] =
            "Pas de titre\u00A0: « {0} », tiré du texte, est utilisé.",
        ["import.description-derived", "No description: used the first paragraph of the body."] =
            "Pas de description\u00A0: le premier paragraphe du texte est utilisé.",
        ["import.alias-relative", "An alias does not start with '/': taken from the page's folder, as Hugo did."] =
            "Un alias ne commence pas par « / »\u00A0: il est pris depuis le dossier de la page, comme le faisait Hugo.",
        ["import.url-ignored", "'url' is a list or a map, which Hugo ignored: the page's address comes from its file name, as on the old site."] =
            "« url » est une liste ou un dictionnaire, qu’Hugo ignorait\u00A0: l’adresse de la page vient du nom de son fichier, comme sur l’ancien site.",
        ["import.language-unknown", "The language could not be told from the path or the text; taken as English."] =
            "La langue n’a pu être déduite ni du chemin ni du texte\u00A0; l’anglais est retenu.",
        ["import.translation-key-missing", "No translationKey: the posting's key is its slug '{0}', linked to no translation."] =
            "Pas de translationKey\u00A0: la clé de l’offre est son slug « {0} », liée à aucune traduction.",
        ["import.slug-taken", "The slug '{0}' (from the {1}) is taken in {2}; this posting got '{3}'."] =
            "Le slug « {0} » (tiré {1}) est déjà pris ({2})\u00A0; cette offre a reçu « {3} ».",
        ["import.slug-taken.1.url", "url"] = "de l’url",
        ["import.slug-taken.1.slug key", "slug key"] = "de la clé slug",
        ["import.slug-taken.1.file name", "file name"] = "du nom du fichier",
        ["import.slug-taken.1.title", "title"] = "du titre",
        ["import.redirect-other-file", "The old path '{0}' also belongs to {1}, whose page Hugo's output showed there; it redirects to that posting."] =
            "L’ancien chemin « {0} » appartient aussi à {1}, dont Hugo affichait la page à cette adresse\u00A0; il redirige vers l’offre de ce fichier.",
        ["import.lever-id-shared", "leverId '{0}' is also on the posting {1}, which is not its translation; both are kept, neither is linked to the other."] =
            "Le leverId « {0} » est aussi celui de l’offre {1}, qui n’est pas sa traduction\u00A0; les deux sont gardées, sans lien entre elles.",
        ["import.edited-since-import", "The posting {0} was edited in the CMS since its last import (version {1}, imported as {2}); the file was not applied."] =
            "L’offre {0} a été modifiée dans le CMS depuis sa dernière importation (version {1}, importée en version {2})\u00A0; le fichier n’a pas été appliqué.",
        ["import.not-stored", "The database refused this file, so nothing of it was stored: {0}"] =
            "La base de données a refusé ce fichier, donc rien n’en a été enregistré\u00A0: {0}",
        ["import.skipped-type", "Not a Markdown file ({0}); not read."] =
            "Pas un fichier Markdown ({0})\u00A0; non lu.",
        ["import.not-utf8", "The file is not UTF-8 (byte 0x{0} on line {1} is not valid UTF-8); it was read as Windows-1252 (Latin-1)."] =
            "Le fichier n’est pas en UTF-8 (l’octet 0x{0} de la ligne {1} n’est pas de l’UTF-8 valide)\u00A0; il a été lu en Windows-1252 (Latin-1).",
        ["import.bad-encoding", "The file starts with a {0} byte-order mark but its bytes are not valid {0}."] =
            "Le fichier commence par une marque d’ordre des octets {0}, mais ses octets ne sont pas du {0} valide.",
        ["import.file-too-large", "The file is {0} MB; files over {1} MB are not read."] =
            "Le fichier fait {0}\u00A0Mo\u00A0; les fichiers de plus de {1}\u00A0Mo ne sont pas lus.",
        ["Check the title in the console; an export leaves the key out as the file did."] = "Vérifiez le titre dans la console\u00A0; un export omet la clé comme le faisait le fichier.",
        ["Write a real summary for search results in the console."] = "Rédigez dans la console un vrai résumé pour les résultats de recherche.",
        ["Check the redirect works, or write the alias as a full path."] = "Vérifiez que la redirection fonctionne, ou écrivez l’alias comme un chemin complet.",
        ["Write url as one path, or remove it."] = "Écrivez url comme un seul chemin, ou retirez-le.",
        ["Put the file under an 'en' or 'fr' folder, name it name.fr.md, or pass --lang."] = "Placez le fichier dans un dossier « en » ou « fr », nommez-le nom.fr.md, ou passez --lang.",
        ["Add the translationKey its translation uses, and import again."] = "Ajoutez la translationKey qu’utilise sa traduction, puis importez de nouveau.",
        ["Remove the alias from one of the two files, or move the redirect in the console."] = "Retirez l’alias de l’un des deux fichiers, ou déplacez la redirection dans la console.",
        ["Nothing to do if that is right; otherwise remove the alias from one of the files."] = "Rien à faire si c’est juste\u00A0; sinon, retirez l’alias de l’un des fichiers.",
        ["If one file is a renamed copy of the other, archive or delete the stale posting."] = "Si un fichier est une copie renommée de l’autre, archivez ou supprimez l’offre périmée.",
        ["Keep the CMS version (do nothing), or overwrite it with --force."] = "Gardez la version du CMS (ne faites rien), ou écrasez-la avec l’option Écraser (--force).",
        ["Fix the cause and import again; files the database accepted are not affected."] = "Corrigez la cause et importez de nouveau\u00A0; les fichiers acceptés par la base ne sont pas touchés.",
        ["Check the accented letters in the console, or save the file as UTF-8 and import it again."] = "Vérifiez les lettres accentuées dans la console, ou enregistrez le fichier en UTF-8 et importez-le de nouveau.",
        ["Save the file as UTF-8 and import it again."] = "Enregistrez le fichier en UTF-8 et importez-le de nouveau.",
        ["Correct the body and import again."] = "Corrigez le texte et importez de nouveau.",
        ["Correct the front matter and import again."] = "Corrigez l’en-tête (front matter) et importez de nouveau.",
        ["Rename it in the console if another slug fits better."] = "Renommez-la dans la console si un autre slug convient mieux.",

        // Content checks, by sentence: see IssueText.Lint. The English is the check's own (LintText); {0}, {1}… are the finding's Args.
        [Lint(LintText.Line), LintText.Line.English] = "Ligne {0}\u00A0: ",
        [Lint(LintText.DescriptionTooLong), LintText.DescriptionTooLong.English] =
            "La description compte {0} caractères\u00A0; les résultats de recherche la coupent après environ {1}.",
        [Lint(LintText.DescriptionTooLongFix), LintText.DescriptionTooLongFix.English] =
            "Raccourcissez-la à {1} caractères ou moins, l’essentiel en premier.",
        [Lint(LintText.HeadingLevelOne), LintText.HeadingLevelOne.English] =
            "Un titre de niveau 1 dans le texte\u00A0: le titre de l’offre est le seul titre de niveau 1 de la page, celui-ci est donc affiché au niveau 2.",
        [Lint(LintText.HeadingLevelOneFix), LintText.HeadingLevelOneFix.English] = "Utilisez ## au lieu de #.",
        [Lint(LintText.HeadingSkipped), LintText.HeadingSkipped.English] =
            "Ce titre de niveau {0} suit un titre de niveau {1}\u00A0: le niveau {2} est sauté.",
        [Lint(LintText.HeadingSkippedFix), LintText.HeadingSkippedFix.English] =
            "Utilisez {3} ici, ou ajoutez au-dessus le titre de niveau {2} qui manque.",
        [Lint(LintText.HttpLink), LintText.HttpLink.English] = "L’adresse {0} utilise http://, qui n’est pas chiffré.",
        [Lint(LintText.HttpLinkFix), LintText.HttpLinkFix.English] =
            "Utilisez https:// si le site le permet (ouvrez le lien pour le vérifier).",
        [Lint(LintText.LeverIdFormat), LintText.LeverIdFormat.English] =
            "Le leverId «\u00A0{0}\u00A0» n’est pas un GUID, donc pas l’identifiant d’une offre Lever\u00A0: le lien Postuler mène à une page qui n’existe pas.",
        [Lint(LintText.LeverIdFormatFix), LintText.LeverIdFormatFix.English] =
            "Copiez l’identifiant de l’offre depuis son adresse Lever (jobs.lever.co/<entreprise>/<id>), ou videz le champ.",
        [Lint(LintText.LinkScheme), LintText.LinkScheme.English] =
            "Le lien «\u00A0{0}\u00A0» utilise le schéma «\u00A0{1}\u00A0», qui n’est ni une adresse web ni une adresse e-mail\u00A0: les lecteurs ne peuvent pas le suivre.",
        [Lint(LintText.LinkSchemeFix), LintText.LinkSchemeFix.English] =
            "Écrivez l’adresse avec https://, http:// ou mailto:, ou supprimez le lien.",
        [Lint(LintText.MalformedLink), LintText.MalformedLink.English] =
            "«\u00A0{0}\u00A0» n’est pas un lien\u00A0: l’espace entre «\u00A0]\u00A0» et «\u00A0(\u00A0» en fait du texte simple.",
        [Lint(LintText.MalformedLinkFix), LintText.MalformedLinkFix.English] = "Supprimez l’espace\u00A0: [{1}]({2}).",
        [Lint(LintText.RemovedElement), LintText.RemovedElement.English] = "Le nettoyage du HTML retire l’élément <{0}> et tout son contenu\u00A0: cela n’apparaît jamais sur la page publique.",
        [Lint(LintText.RemovedTag), LintText.RemovedTag.English] = "Le nettoyage du HTML retire la balise <{0}> (son texte reste)\u00A0: cela n’apparaît jamais sur la page publique.",
        [Lint(LintText.RemovedEventHandler), LintText.RemovedEventHandler.English] =
            "Le nettoyage du HTML retire le gestionnaire d’événement {1} de <{0}>\u00A0: cela n’apparaît jamais sur la page publique.",
        [Lint(LintText.RemovedStyle), LintText.RemovedStyle.English] = "Le nettoyage du HTML retire l’attribut style de <{0}>\u00A0: cela n’apparaît jamais sur la page publique.",
        [Lint(LintText.RemovedUnsafeUrl), LintText.RemovedUnsafeUrl.English] = "Le nettoyage du HTML retire le lien dangereux {1} de <{0}>\u00A0: cela n’apparaît jamais sur la page publique.",
        [Lint(LintText.RemovedAttribute), LintText.RemovedAttribute.English] = "Le nettoyage du HTML retire l’attribut {1} de <{0}>\u00A0: cela n’apparaît jamais sur la page publique.",
        [Lint(LintText.RemovedLinkAddress), LintText.RemovedLinkAddress.English] =
            "Le nettoyage du HTML retire l’adresse dangereuse de ce lien ({0})\u00A0: cela n’apparaît jamais sur la page publique.",
        [Lint(LintText.RemovedImageAddress), LintText.RemovedImageAddress.English] =
            "Le nettoyage du HTML retire l’adresse dangereuse de cette image ({0})\u00A0: cela n’apparaît jamais sur la page publique.",
        [Lint(LintText.RemovedHtmlFix), LintText.RemovedHtmlFix.English] =
            "Supprimez-le du texte, ou réécrivez-le en Markdown ou en HTML autorisé (ni scripts, ni styles, ni gestionnaires d’événements, ni formulaires, ni contenus intégrés).",
        [Lint(LintText.MissingLeverId), LintText.MissingLeverId.English] =
            "Cette offre ouverte n’a pas de leverId\u00A0: sa page n’affiche pas de lien Postuler.",
        [Lint(LintText.MissingLeverIdFix), LintText.MissingLeverIdFix.English] =
            "Saisissez l’identifiant Lever de l’offre (le GUID de son adresse Lever) et publiez de nouveau, ou archivez l’offre.",
        [Lint(LintText.SharedLeverId), LintText.SharedLeverId.English] =
            "Le leverId {0} sert aussi à l’offre ou aux offres ouvertes {1}\u00A0: leurs liens Postuler mènent au même poste Lever.",
        [Lint(LintText.SharedLeverIdFix), LintText.SharedLeverIdFix.English] =
            "Donnez à chaque poste son propre leverId dans Lever, ou archivez l’offre en double.",
        [Lint(LintText.FrenchNotOpen), LintText.FrenchNotOpen.English] = "Sa version française ({0}) n’est pas ouverte aux candidatures.",
        [Lint(LintText.EnglishNotOpen), LintText.EnglishNotOpen.English] = "Sa version anglaise ({0}) n’est pas ouverte aux candidatures.",
        [Lint(LintText.TranslationNotOpenFix), LintText.TranslationNotOpenFix.English] = "Publiez la traduction, ou archivez aussi cette offre.",
        [Lint(LintText.NoFrench), LintText.NoFrench.English] =
            "Cette offre ouverte n’a pas de version française (aucune offre fr avec la translationKey «\u00A0{0}\u00A0»).",
        [Lint(LintText.NoEnglish), LintText.NoEnglish.English] =
            "Cette offre ouverte n’a pas de version anglaise (aucune offre en avec la translationKey «\u00A0{0}\u00A0»).",
        [Lint(LintText.NoTranslationFix), LintText.NoTranslationFix.English] =
            "Créez la traduction depuis cette offre dans la console, puis publiez-la.",
        [Lint(LintText.MissingLocation), LintText.MissingLocation.English] =
            "Cette offre ouverte ne dit ni où est le poste ni qu’il est en télétravail\u00A0; les moteurs de recherche risquent de ne pas la lister.",
        [Lint(LintText.MissingLocationFix), LintText.MissingLocationFix.English] =
            "Indiquez son lieu (ville, région, pays) ou cochez Télétravail avec le pays des candidats, puis publiez de nouveau.",

        // Save pipeline messages, by code and field: see IssueText. {0}, {1}… are the Args.
        ["issue.required.Title", "Enter a title."] =
            "Saisissez un titre.",
        ["issue.required.Description", "Enter a description: it is the summary shown in search results."] =
            "Saisissez une description\u00A0: c’est le résumé affiché dans les résultats de recherche.",
        ["issue.required.Language", "Choose English (en) or French (fr)."] =
            "Choisissez l’anglais (en) ou le français (fr).",
        ["issue.required.Slug", "Enter a slug: lower-case letters, digits and dashes."] =
            "Saisissez un slug\u00A0: minuscules, chiffres et tirets.",
        ["issue.too-long.Title", "The title is longer than {0} characters; shorten it."] =
            "Le titre dépasse {0} caractères\u00A0; raccourcissez-le.",
        ["issue.invalid-character.Title", "The title holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "Le titre contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.too-long.Description", "The description is longer than {0} characters; shorten it."] =
            "La description dépasse {0} caractères\u00A0; raccourcissez-la.",
        ["issue.invalid-character.Description", "The description holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "La description contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.too-long.Slug", "The slug is longer than {0} characters; shorten it."] =
            "Le slug dépasse {0} caractères\u00A0; raccourcissez-le.",
        ["issue.invalid-character.Slug", "The slug holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "Le slug contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.too-long.TranslationKey", "The translation key is longer than {0} characters; shorten it."] =
            "La clé de traduction dépasse {0} caractères\u00A0; raccourcissez-la.",
        ["issue.invalid-character.TranslationKey", "The translation key holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "La clé de traduction contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.too-long.LeverId", "The leverId is longer than {0} characters; shorten it."] =
            "Le leverId dépasse {0} caractères\u00A0; raccourcissez-le.",
        ["issue.invalid-character.LeverId", "The leverId holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "Le leverId contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.too-long.EmploymentType", "The employment type is longer than {0} characters; shorten it."] =
            "Le type d’emploi dépasse {0} caractères\u00A0; raccourcissez-le.",
        ["issue.invalid-character.EmploymentType", "The employment type holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "Le type d’emploi contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.too-long.Layout", "The layout is longer than {0} characters; shorten it."] =
            "Le gabarit (layout) dépasse {0} caractères\u00A0; raccourcissez-le.",
        ["issue.invalid-character.Layout", "The layout holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "Le gabarit (layout) contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.too-long.Type", "The type is longer than {0} characters; shorten it."] =
            "Le type dépasse {0} caractères\u00A0; raccourcissez-le.",
        ["issue.invalid-character.Type", "The type holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "Le type contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.too-long.BodyMarkdown", "The body is longer than {0} characters; shorten it."] =
            "Le texte dépasse {0} caractères\u00A0; raccourcissez-le.",
        ["issue.too-long.Urls", "The url '{1}…' is longer than {0} characters; shorten it."] =
            "L’url « {1}… » dépasse {0} caractères\u00A0; raccourcissez-la.",
        ["issue.invalid-character.BodyMarkdown", "The body holds the character '{0}' on line '{1}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "Le texte contient le caractère « {0} » à la ligne {1}, que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.invalid-character.Aliases", "The path '{1}' holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "Le chemin « {1} » contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.invalid-character.Urls", "The path '{1}' holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "Le chemin « {1} » contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.invalid-character.ExtraFrontMatter", "The front-matter key '{1}' holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "La clé d’en-tête « {1} » contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.body-too-nested.BodyMarkdown", "The body nests quotes, lists, emphasis or links more than {0} levels deep. Simplify that part of the body."] =
            "Le texte imbrique des citations, des listes, des mises en valeur ou des liens sur plus de {0}\u00A0niveaux. Simplifiez cette partie du texte.",
        ["issue.slug-format.Slug", "'{0}' is not a valid slug: use lower-case letters, digits and single dashes, such as '{1}'."] =
            "« {0} » n’est pas un slug valide\u00A0: utilisez des minuscules, des chiffres et des tirets simples, par exemple « {1} ».",
        ["issue.alias-format.Aliases", "The alias '{0}' must be a path starting with '/'."] =
            "L’alias « {0} » doit être un chemin commençant par « / ».",
        ["issue.too-many-aliases.Aliases", "A posting has at most {0} aliases; remove some."] =
            "Une offre a au plus {0} alias\u00A0; retirez-en.",
        ["issue.alias-too-long.Aliases", "The alias '{0}…' is longer than {1} characters; shorten it."] =
            "L’alias « {0}… » dépasse {1} caractères\u00A0; raccourcissez-le.",
        // Said both when the validator finds the slug taken and when another posting took it during the save.
        ["issue.slug-taken.Slug", "Another {1} posting already uses the slug '{0}'; choose another."] =
            "Une autre offre ({1}) utilise déjà le slug « {0} »\u00A0; choisissez-en un autre et enregistrez de nouveau.",
        ["issue.closing-before-publish", "The closing date must come after the publication date."] =
            "La date de clôture doit suivre la date de publication.",
        ["issue.closing-before-publish.ClosingAt", "The closing date must come after the publication date."] =
            "La date de clôture doit suivre la date de publication.",
        ["issue.closing-date-passed.ClosingAt", "The closing date ({0}) has passed: the posting cannot be published or scheduled until you choose a later one or remove it."] =
            "La date de clôture ({0}) est passée\u00A0: l’offre ne pourra être ni publiée ni programmée tant que vous n’en choisirez pas une plus tardive ou ne l’enlèverez pas.",
        ["issue.publish-closing-date-passed.ClosingAt", "The closing date ({0}) has passed: candidates could no longer apply. Choose a later closing date or remove it, then publish again."] =
            "La date de clôture ({0}) est passée\u00A0: les candidats ne pourraient plus postuler. Choisissez une date de clôture plus tardive ou enlevez-la, puis publiez de nouveau.",
        ["issue.unarchive-closing-date-passed.ClosingAt", "The published closing date ({0}) has passed, so the posting would close again at once. Choose a later closing date, publish the draft, then unarchive it."] =
            "La date de clôture publiée ({0}) est passée\u00A0: l’offre serait aussitôt refermée. Choisissez une date de clôture plus tardive, publiez le brouillon, puis désarchivez l’offre.",
        ["issue.body-in-french.BodyMarkdown", "The body reads as French, but the posting is in English: translate the body, or set the language to French."] =
            "Le texte semble rédigé en français, mais l’offre est en anglais\u00A0: traduisez le texte, ou choisissez le français comme langue.",
        ["issue.body-in-english.BodyMarkdown", "The body reads as English, but the posting is in French: translate the body, or set the language to English."] =
            "Le texte semble rédigé en anglais, mais l’offre est en français\u00A0: traduisez le texte, ou choisissez l’anglais comme langue.",
        ["issue.publish-body-in-french.BodyMarkdown", "The body reads as French, but the posting is in English. Translate the body, or tick 'The language is right' and publish again."] =
            "Le texte semble rédigé en français, mais l’offre est en anglais. Traduisez le texte, ou cochez «\u00A0La langue est la bonne\u00A0» et publiez de nouveau.",
        ["issue.publish-body-in-english.BodyMarkdown", "The body reads as English, but the posting is in French. Translate the body, or tick 'The language is right' and publish again."] =
            "Le texte semble rédigé en anglais, mais l’offre est en français. Traduisez le texte, ou cochez «\u00A0La langue est la bonne\u00A0» et publiez de nouveau.",
        ["issue.publish-to-translate.BodyMarkdown", "This draft is still flagged 'to translate'. Translate its text, tick 'The text is translated', save, then publish."] =
            "Ce brouillon est encore marqué «\u00A0à traduire\u00A0». Traduisez son texte, cochez «\u00A0Le texte est traduit\u00A0», enregistrez, puis publiez.",
        ["issue.invalid-character.Locations", "The location holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "Le lieu contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.invalid-character.RemoteCountry", "The remote country holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "Le pays du télétravail contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.invalid-character.Department", "The department holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "Le service contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.invalid-character.Salary", "The currency holds the character '{0}', which feeds and sitemaps cannot carry (an invisible control character or a non-character). Delete it: retyping the text around it removes it."] =
            "La devise contient le caractère « {0} », que les flux et le plan du site ne peuvent pas transporter (un caractère de contrôle invisible ou un non-caractère). Supprimez-le\u00A0: ressaisir le texte qui l’entoure l’enlève.",
        ["issue.body-html-too-nested.BodyMarkdown", "The body's HTML nests more than {0} elements inside each other (line '{1}' of the body). Simplify that part of the body."] =
            "Le HTML du texte imbrique plus de {0} éléments les uns dans les autres (ligne {1} du texte). Simplifiez cette partie du texte.",
        ["issue.body-html-open-formatting.BodyMarkdown", "The body's HTML leaves more than {0} formatting tags such as <b> or <i> open at once (line '{1}' of the body). Simplify that part of the body."] =
            "Le HTML du texte laisse plus de {0} balises de mise en forme comme <b> ou <i> ouvertes à la fois (ligne {1} du texte). Simplifiez cette partie du texte.",
        ["issue.redirect-taken", "The old path '{0}' already redirects to the posting '{1}'; it was left there."] =
            "L’ancien chemin « {0} » redirige déjà vers l’offre « {1} »\u00A0; il lui a été laissé.",
        ["issue.alias-taken.Aliases", "Another posting took the address '{0}' while this one was being saved; it keeps it. Remove it from the aliases and save again."] =
            "Une autre offre a pris l’adresse « {0} » pendant l’enregistrement de celle-ci et la garde. Retirez-la des alias et enregistrez de nouveau.",

        // Job facts
        ["issue.too-many-locations.Locations", "A posting has at most {0} locations; remove some."] =
            "Une offre a au plus {0}\u00A0lieux\u00A0; retirez-en.",
        ["issue.location-country.Locations", "The location '{0}' names no country: write it as 'City, Region, Country'."] =
            "Le lieu « {0} » ne nomme aucun pays\u00A0: écrivez-le sous la forme « Ville, Région, Pays ».",
        ["issue.too-long.Locations", "The place '{1}…' is longer than {0} characters; shorten it."] =
            "Le lieu « {1}… » dépasse {0}\u00A0caractères\u00A0; raccourcissez-le.",
        ["issue.remote-country.RemoteCountry", "Name the country remote applicants must be in, such as 'Canada'."] =
            "Nommez le pays où doivent résider les candidats en télétravail, comme le Canada.",
        ["issue.too-long.RemoteCountry", "The remote country is longer than {0} characters; shorten it."] =
            "Le pays du télétravail dépasse {0}\u00A0caractères\u00A0; raccourcissez-le.",
        ["issue.too-long.Department", "The department is longer than {0} characters; shorten it."] =
            "Le service dépasse {0}\u00A0caractères\u00A0; raccourcissez-le.",
        ["issue.salary-empty.Salary", "Enter a minimum, a maximum or both, as numbers, or leave the salary out."] =
            "Entrez un minimum, un maximum ou les deux, en chiffres, ou laissez le salaire vide.",
        ["issue.salary-negative.Salary", "A salary cannot be negative."] =
            "Un salaire ne peut pas être négatif.",
        ["issue.salary-too-high.Salary", "A salary is at most 100,000,000."] =
            "Un salaire est d’au plus 100\u00A0000\u00A0000.",
        ["issue.salary-range.Salary", "The minimum salary '{0}' is above the maximum '{1}'; swap them."] =
            "Le salaire minimum « {0} » dépasse le maximum « {1} »\u00A0; inversez-les.",
        ["issue.salary-currency.Salary", "'{0}' is not a currency code: write three capital letters, such as CAD, USD or EUR."] =
            "« {0} » n’est pas un code de devise\u00A0: écrivez trois majuscules, comme CAD, USD ou EUR.",
        ["issue.salary-unit.Salary", "'{0}' is not a pay period: use HOUR, DAY, WEEK, MONTH or YEAR."] =
            "« {0} » n’est pas une période de paie\u00A0: utilisez HOUR, DAY, WEEK, MONTH ou YEAR.",
        ["issue.employment-type-unknown.EmploymentType", "The employment type '{0}' is none of full-time, part-time, contract, temporary, internship, volunteer, per diem or other; search engines will not see it."] =
            "Le type d’emploi « {0} » n’est ni temps plein, ni temps partiel, ni contrat, ni temporaire, ni stage, ni bénévolat, ni à la journée, ni autre\u00A0; les moteurs de recherche ne le verront pas.",

        ["issue.conflict", "Someone else saved this posting after you opened it. Your text is kept below: compare it with theirs and save again."] =
            "Une autre personne a enregistré cette offre après que vous l’avez ouverte. Votre texte est conservé ci-dessous\u00A0: comparez-le avec le sien et enregistrez de nouveau.",
        ["issue.page-conflict", "Someone else saved this page after you opened it. Your text is kept below: compare it with theirs and save again."] =
            "Une autre personne a enregistré cette page après que vous l’avez ouverte. Votre texte est conservé ci-dessous\u00A0: comparez-le avec le sien et enregistrez de nouveau.",
        ["issue.forbidden", "Your role does not allow this action."] =
            "Votre rôle ne permet pas cette action.",
        ["issue.not-found", "There is no posting {0}."] =
            "Il n’y a aucune offre {0}.",
        ["issue.schedule-in-past", "Choose a publication time in the future, or publish now."] =
            "Choisissez une heure de publication dans le futur, ou publiez maintenant.",
        ["issue.archive-not-published", "Only a published posting can be archived."] =
            "Seule une offre publiée peut être archivée.",
        ["issue.unarchive-not-archived", "Only an archived posting can be unarchived."] =
            "Seule une offre archivée peut être désarchivée.",
        ["issue.unpublish-not-published", "This posting is not published."] =
            "Cette offre n’est pas publiée.",
        ["issue.trash-already-trashed", "This posting is already in the trash."] =
            "Cette offre est déjà à la corbeille.",
        ["issue.restore-not-trashed", "This posting is not in the trash."] =
            "Cette offre n’est pas à la corbeille.",
        ["issue.submit-not-draft", "Only a draft can be submitted for review."] =
            "Seul un brouillon peut être soumis pour relecture.",
        ["issue.required.PublishAt", "Choose the date and time of publication."] =
            "Choisissez la date et l’heure de publication.",

        // Preview
        ["Preview of the draft: this is not public yet."] = "Aperçu du brouillon\u00A0: il n’est pas encore public.",
        ["Back to the editor"] = "Retour à l’éditeur",
        ["Not published"] = "Non publiée",

        // History and diff
        ["History: {0}"] = "Historique\u00A0: {0}",
        ["Revisions, newest first. Choose two to compare."] = "Révisions, de la plus récente à la plus ancienne. Choisissez-en deux à comparer.",
        ["Revision"] = "Révision",
        ["Compare from"] = "Comparer depuis",
        ["Compare to"] = "Comparer jusqu’à",
        ["Compare from revision {0}"] = "Comparer depuis la révision {0}",
        ["Compare to revision {0}"] = "Comparer jusqu’à la révision {0}",
        ["When"] = "Quand",
        ["Who"] = "Qui",
        ["Action"] = "Action",
        ["Changed fields"] = "Champs modifiés",
        ["Compare the two revisions"] = "Comparer les deux révisions",
        ["Restore a revision"] = "Restaurer une révision",
        ["Restoring makes the revision's content the new draft; the published version does not change until you publish."] =
            "La restauration fait du contenu de la révision le nouveau brouillon\u00A0; la version publiée ne change pas avant que vous publiiez.",
        ["Restore revision {0}"] = "Restaurer la révision {0}",
        ["Created"] = "Création",
        ["Saved"] = "Enregistrement",
        ["Submitted for review"] = "Soumission pour relecture",
        ["Scheduling"] = "Programmation",
        ["Archiving"] = "Archivage",
        ["Unarchiving"] = "Désarchivage",
        ["Unpublishing"] = "Dépublication",
        ["Moved to the trash"] = "Mise à la corbeille",
        ["Restored from the trash"] = "Restauration depuis la corbeille",
        ["Imported"] = "Importation",
        ["Changes from revision {0} to revision {1}"] = "Modifications de la révision {0} à la révision {1}",
        ["Back to the history"] = "Retour à l’historique",
        ["Removed words are struck through in red, added words underlined in green."] = "Les mots supprimés sont barrés en rouge, les mots ajoutés soulignés en vert.",
        ["No change."] = "Aucune modification.",
        ["Added:"] = "Ajouté\u00A0:",
        ["Removed:"] = "Supprimé\u00A0:",

        // Bilingual
        ["Both languages side by side"] = "Les deux langues côte à côte",
        ["Edit"] = "Modifier",
        ["Translation"] = "Traduction",

        // Import
        ["Import legacy postings"] = "Importer d’anciennes offres",
        ["What the import would do (nothing is written yet)"] = "Ce que ferait l’importation (rien n’est encore écrit)",
        ["Import done"] = "Importation terminée",
        ["Created: {0}"] = "Créées\u00A0: {0}",
        ["Updated: {0}"] = "Mises à jour\u00A0: {0}",
        ["Unchanged: {0}"] = "Inchangées\u00A0: {0}",
        ["Rejected: {0}"] = "Refusées\u00A0: {0}",
        ["Conflicts: {0}"] = "Conflits\u00A0: {0}",
        ["Ambiguities: {0}"] = "Ambiguïtés\u00A0: {0}",
        ["Skipped: {0}"] = "Ignorées\u00A0: {0}",
        ["One line per file"] = "Une ligne par fichier",
        ["File"] = "Fichier",
        ["Result"] = "Résultat",
        ["Details"] = "Détails",
        ["Update"] = "Mise à jour",
        ["Unchanged"] = "Inchangée",
        ["Rejected"] = "Refusée",
        ["Conflict"] = "Conflit",
        ["Skipped"] = "Ignorée",
        ["Error"] = "Erreur",
        ["Warning"] = "Avertissement",
        ["Ambiguity"] = "Ambiguïté",
        ["Error: {0}"] = "Erreur\u00A0: {0}",
        ["Warning: {0}"] = "Avertissement\u00A0: {0}",
        ["Ambiguity: {0}"] = "Ambiguïté\u00A0: {0}",
        ["Import these files"] = "Importer ces fichiers",
        ["Cancel"] = "Annuler",
        ["Markdown files (.md, .markdown, .txt) or a .zip of them"] = "Fichiers Markdown (.md, .markdown, .txt) ou un .zip de ces fichiers",
        ["Language of the files"] = "Langue des fichiers",
        ["Decide per file (path, then text)"] = "Décider fichier par fichier (chemin, puis texte)",
        ["Overwrite postings edited in the console since their last import"] = "Écraser les offres modifiées dans la console depuis leur dernière importation",
        ["Check the files (dry run)"] = "Vérifier les fichiers (essai à blanc)",
        [ImportUploadError.Expired] = "Ce téléversement a expiré ou a déjà été importé\u00A0; téléversez de nouveau les fichiers.",
        [ImportUploadError.FileTooLarge] = "{0}\u00A0: le fichier dépasse {1} Mo.",
        [ImportUploadError.UploadTooLarge] = "Le téléversement contient plus de {0} fichiers ou {1} Mo de texte\u00A0; importez-le en plusieurs parties.",
        [ImportUploadError.NothingChosen] = "Choisissez au moins un fichier à importer.",
        [ImportUploadError.UnsafeEntry] = "{0}\u00A0: l’entrée « {1} » a un chemin dangereux et a été ignorée.",
        [ImportUploadError.ZipTooManyFiles] = "{0}\u00A0: plus de {1} fichiers\u00A0; importez-le en plusieurs parties.",
        [ImportUploadError.EntryTooLarge] = "{0}\u00A0: « {1} » dépasse {2} Mo une fois décompressé et a été ignoré.",
        [ImportUploadError.ZipTooLarge] = "{0}\u00A0: plus de {1} Mo une fois décompressé\u00A0; importez-le en plusieurs parties.",
        [ImportUploadError.NotAZip] = "{0}\u00A0: ce n’est pas un fichier .zip valide.",
        [ImportUploadError.NothingImportable] = "Aucun des fichiers ne peut être importé\u00A0: voyez les fichiers ignorés ci-dessous.",
        [UploadedImport.NotMarkdown] = "Ni Markdown ni texte\u00A0: seuls les fichiers .md, .markdown et .txt sont importés.",
        ["Files skipped: {0}"] = "Fichiers ignorés\u00A0: {0}",
        ["Files of the upload that are not imported, and why"] = "Fichiers du téléversement qui ne sont pas importés, et pourquoi",
        ["Reason"] = "Raison",
    }.With(JobFactTexts.French).With(PostingListTexts.French).With(ReviewTexts.French);

    private static string Lint(LintText text) => "lint." + text.Key;
}
