using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin.Postings;

/// <summary>The French of the postings list's filters, pages and bulk actions, and of the bulk confirmation and result page.</summary>
public static class PostingListTexts
{
    public static Translations French => new()
    {
        ["Closing date and Apply link"] = "Date de clôture et lien Postuler",
        ["Closing within {0} days"] = "Clôture dans {0} jours ou moins",
        ["Closing date passed"] = "Date de clôture passée",
        ["Without an Apply link (no leverId)"] = "Sans lien Postuler (pas de leverId)",
        ["Postings per page"] = "Offres par page",
        ["passed"] = "passée",
        ["Page {0}"] = "Page {0}",
        ["bulk.publish", "Publish"] = "Publier",
        ["bulk.archive", "Archive"] = "Archiver",
        ["bulk.unpublish", "Unpublish"] = "Dépublier",
        ["bulk.trash", "Move to the trash"] = "Mettre à la corbeille",
        ["bulk.restore", "Restore from the trash"] = "Restaurer depuis la corbeille",
        ["bulk.duplicate", "Duplicate as new drafts"] = "Dupliquer en nouveaux brouillons",
        ["bulk.publish.consequence", "Each posting’s current draft becomes public now, at its address."] =
            "Le brouillon actuel de chaque offre devient public maintenant, à son adresse.",
        ["bulk.archive.consequence", "Each published posting is archived: it stays at its address, marked as closed, and leaves the careers index and the feeds."] =
            "Chaque offre publiée est archivée\u00A0: elle reste à son adresse, marquée comme fermée, et quitte l’index des carrières et les fils.",
        ["bulk.unpublish.consequence", "Each posting leaves the public site and becomes a draft again, until it is published again."] =
            "Chaque offre quitte le site public et redevient un brouillon, jusqu’à sa prochaine publication.",
        ["bulk.trash.consequence", "Each posting goes to the trash: it leaves the public site and this list. It can be restored from the trash (the status filter “In the trash”)."] =
            "Chaque offre va à la corbeille\u00A0: elle quitte le site public et cette liste. On peut la restaurer depuis la corbeille (filtre de statut «\u00A0À la corbeille\u00A0»).",
        ["bulk.restore.consequence", "Each posting comes back from the trash with the status it had; a published one is public again."] =
            "Chaque offre revient de la corbeille avec le statut qu’elle avait\u00A0; une offre publiée redevient publique.",
        ["bulk.duplicate.consequence", "Each posting is copied into a new draft at its own address (…-copy). A copy has no leverId, aliases, legacy addresses or closing date: set them before publishing."] =
            "Chaque offre est copiée dans un nouveau brouillon, à sa propre adresse (…-copy). Une copie n’a ni leverId, ni alias, ni anciennes adresses, ni date de clôture\u00A0: renseignez-les avant de publier.",
        ["bulk.publish.done", "Published"] = "Publiée",
        ["bulk.archive.done", "Archived"] = "Archivée",
        ["bulk.unpublish.done", "Unpublished: it is a draft again"] = "Dépubliée\u00A0: c’est de nouveau un brouillon",
        ["bulk.trash.done", "Moved to the trash"] = "Mise à la corbeille",
        ["bulk.restore.done", "Restored from the trash"] = "Restaurée depuis la corbeille",
        ["bulk.duplicate.done", "Copied into a new draft"] = "Copiée dans un nouveau brouillon",
        ["Selected postings"] = "Offres sélectionnées",
        ["Action for the selected postings"] = "Action sur les offres sélectionnées",
        ["Continue…"] = "Continuer…",
        ["Select"] = "Sélection",
        ["Select every posting on this page"] = "Sélectionner toutes les offres de cette page",
        ["Select {0}"] = "Sélectionner {0}",
        ["Select at most {0} postings at a time."] = "Sélectionnez au plus {0}\u00A0offres à la fois.",
        ["Select at least one posting in the list, then choose the action."] = "Sélectionnez au moins une offre dans la liste, puis choisissez l’action.",
        ["Selected postings: {0}"] = "Offres sélectionnées\u00A0: {0}",
        ["Confirm: {0}"] = "Confirmer\u00A0: {0}",
        ["Done: {0}. Not done: {1}."] = "Effectuées\u00A0: {0}. Non effectuées\u00A0: {1}.",
        ["Result for each posting"] = "Résultat pour chaque offre",
        ["Posting"] = "Offre",
        ["Open the copy"] = "Ouvrir la copie",
        ["Not done: someone changed this posting after you confirmed. Open it to see the change."] =
            "Non effectuée\u00A0: quelqu’un a modifié cette offre après votre confirmation. Ouvrez-la pour voir la modification.",
        ["Not done: this posting no longer exists."] = "Non effectuée\u00A0: cette offre n’existe plus.",
        ["Not done: your role does not allow this action."] = "Non effectuée\u00A0: votre rôle ne permet pas cette action.",
        ["Not done: {0}"] = "Non effectuée\u00A0: {0}",
        ["Back to the postings"] = "Retour aux offres",
    };
}
