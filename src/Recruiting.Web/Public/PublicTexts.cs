using Recruiting.Web.Localization;

namespace Recruiting.Web.Public;

/// <summary>The French of the public careers site's UI text.</summary>
public sealed class PublicTexts : TextCatalog
{
    public override Translations French { get; } = new Translations()
    {
        ["Careers"] = "Carrières",
        ["Skip to main content"] = "Aller au contenu principal",
        ["Language"] = "Langue",
        ["Open positions"] = "Postes ouverts",
        ["Open positions, page {0}"] = "Postes ouverts, page {0}",
        ["Open positions and how to apply."] = "Nos postes ouverts et comment postuler.",
        ["Join our team. Here are the positions open today."] = "Joignez-vous à notre équipe. Voici les postes ouverts aujourd’hui.",
        ["There are no open positions at the moment. Please come back later."] = "Aucun poste n’est ouvert pour le moment. Revenez bientôt.",
        ["All open positions"] = "Tous les postes ouverts",
        ["Feed of open positions"] = "Fil des postes ouverts",
        ["Pages"] = "Pages",
        ["Newer positions"] = "Postes plus récents",
        ["Older positions"] = "Postes plus anciens",
        ["Page {0} of {1}"] = "Page {0} sur {1}",
        ["Page {0}"] = "Page {0}",
        ["{0}, page {1}"] = "{0}, page {1}",
        ["Logo"] = "Logo",
        ["About this site"] = "À propos de ce site",
        ["Contact us"] = "Nous joindre",
        ["Privacy"] = "Confidentialité",
        ["Accessibility"] = "Accessibilité",
        ["Terms of use"] = "Avis",
        ["Search positions"] = "Chercher un poste",
        ["Keywords"] = "Mots-clés",
        ["Words from the title, description or location; accents are optional."] = "Mots du titre, de la description ou du lieu\u00A0; les accents sont facultatifs.",
        ["Any location"] = "Tous les lieux",
        ["Any type"] = "Tous les types",
        ["Any team"] = "Toutes les équipes",
        ["Remote positions only"] = "Postes en télétravail seulement",
        ["Search"] = "Chercher",
        ["Clear the search"] = "Effacer la recherche",
        ["No position matches your search."] = "Aucun poste ne correspond à votre recherche.",
        ["1 position matches your search."] = "1\u00A0poste correspond à votre recherche.",
        ["{0} positions match your search."] = "{0}\u00A0postes correspondent à votre recherche.",
        ["Posted on"] = "Publié le",
        ["Apply for this position"] = "Postuler à ce poste",
        ["Applications for this position are closed."] = "Les candidatures pour ce poste sont closes.",
        ["See the open positions"] = "Voir les postes ouverts",
        ["Key facts"] = "En bref",
        ["Breadcrumb"] = "Fil d’Ariane",
        ["Location"] = "Lieu",
        ["Remote, for applicants in {0}"] = "Télétravail, pour les personnes qui résident dans ce pays\u00A0: {0}",
        ["{0} to {1}"] = "{0} à {1}",
        ["from {0}"] = "à partir de {0}",
        ["up to {0}"] = "jusqu’à {0}",
        ["{0} an hour"] = "{0} de l’heure",
        ["{0} a day"] = "{0} par jour",
        ["{0} a week"] = "{0} par semaine",
        ["{0} a month"] = "{0} par mois",
        ["{0} a year"] = "{0} par année",
        ["Apply by"] = "Date limite pour postuler",
        ["This position is posted in English only."] = "Ce poste est affiché en anglais seulement.",
        ["This position is posted in French only."] = "Ce poste est affiché en français seulement.",
        ["Page not found"] = "Page introuvable",
        ["There is no page at this address. The position may have been removed, or the link may be mistyped."] =
            "Il n’y a aucune page à cette adresse. Le poste a peut-être été retiré, ou le lien contient une erreur.",
        ["Something went wrong"] = "Une erreur est survenue",
        ["An error on our side stopped this page. Please try again in a moment."] =
            "Une erreur de notre côté a interrompu cette page. Veuillez réessayer dans un instant.",
        ["This request could not be served"] = "Cette demande n’a pas pu être traitée",
        ["This request could not be served. Please go back to the careers site."] =
            "Cette demande n’a pas pu être traitée. Veuillez retourner au site carrières.",
        ["This address does not accept this request"] = "Cette adresse n’accepte pas cette demande",
        ["This address only answers the methods listed in the response's Allow header. Please go back to the careers site."] =
            "Cette adresse ne répond qu’aux méthodes indiquées dans l’en-tête Allow de la réponse. Veuillez retourner au site carrières.",
        ["What you sent is too large"] = "Ce que vous avez envoyé est trop volumineux",
        ["The site accepts at most {0} MB in one form, and {1} MB in one import upload. Go back, shorten what you sent and send it again."] =
            "Le site accepte au plus {0}\u00A0Mo par formulaire et {1}\u00A0Mo par téléversement d’import. Revenez en arrière, raccourcissez l’envoi et renvoyez-le.",
        ["This form could not be read"] = "Ce formulaire n’a pas pu être lu",
        ["The form holds a character that is not allowed (such as a null character), more than {2:N0} fields, or a field over {3} MB. Go back, correct it and send it again."] =
            "Le formulaire contient un caractère interdit (comme le caractère nul), plus de {2:N0}\u00A0champs ou un champ de plus de {3}\u00A0Mo. Revenez en arrière, corrigez-le et renvoyez-le.",
    }.With(JobFactTexts.French);
}
