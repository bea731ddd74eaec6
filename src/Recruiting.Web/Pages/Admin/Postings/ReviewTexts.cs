using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin.Postings;

/// <summary>The French of the editor's confirmations (archive, unpublish, trash) and of sending a posting back to its author.</summary>
public static class ReviewTexts
{
    public static Translations French => new()
    {
        ["confirm.archive", "Archive “{0}”?"] = "Archiver «\u00A0{0}\u00A0»\u00A0?",
        ["confirm.archive.consequence", "It stays at its address, marked as closed and without its Apply link, and leaves the careers index and the feeds."] =
            "Elle reste à son adresse, marquée comme fermée et sans lien Postuler, et quitte l’index des carrières et les fils.",
        ["confirm.unpublish", "Unpublish “{0}”?"] = "Dépublier «\u00A0{0}\u00A0»\u00A0?",
        ["confirm.unpublish.consequence", "It leaves the public site and becomes a draft again, until it is published again."] =
            "Elle quitte le site public et redevient un brouillon, jusqu’à sa prochaine publication.",
        ["confirm.trash", "Move “{0}” to the trash?"] = "Mettre «\u00A0{0}\u00A0» à la corbeille\u00A0?",
        ["confirm.trash.consequence", "It leaves the public site and the postings list. A publisher can restore it from the trash (the status filter “In the trash”)."] =
            "Elle quitte le site public et la liste des offres. Un éditeur peut la restaurer depuis la corbeille (filtre de statut «\u00A0À la corbeille\u00A0»).",
        ["Send back to the author"] = "Renvoyer à l’auteur",
        ["Send back to the author: {0}"] = "Renvoyer à l’auteur\u00A0: {0}",
        ["Comment for the author"] = "Commentaire pour l’auteur",
        ["Say what to change. The author sees it in the editor, in the history and on the dashboard."] =
            "Dites ce qu’il faut changer. L’auteur le verra dans l’éditeur, dans l’historique et dans le tableau de bord.",
        ["Send back to draft"] = "Renvoyer en brouillon",
        ["Sent back by {0} on {1}"] = "Renvoyée par {0} le {1}",
        ["Change what the comment asks, then submit the posting for review again."] =
            "Faites ce que demande le commentaire, puis soumettez de nouveau l’offre pour relecture.",
        ["The posting is sent back to its author as a draft."] = "L’offre est renvoyée à son auteur comme brouillon.",
        ["Comment:"] = "Commentaire\u00A0:",
        ["Sent back to the author"] = "Renvoi à l’auteur",
        ["issue.required.Comment", "Write a comment that tells the author what to change."] =
            "Écrivez un commentaire qui dit à l’auteur ce qu’il faut changer.",
        ["issue.too-long.Comment", "The comment is longer than {0} characters; shorten it."] =
            "Le commentaire dépasse {0}\u00A0caractères\u00A0; raccourcissez-le.",
        ["issue.invalid-character.Comment", "The comment holds the character '{0}'; remove it."] =
            "Le commentaire contient le caractère «\u00A0{0}\u00A0»\u00A0; supprimez-le.",
        ["issue.send-back-not-in-review", "Only a posting in review can be sent back to its author."] =
            "Seule une offre en relecture peut être renvoyée à son auteur.",
    };
}
