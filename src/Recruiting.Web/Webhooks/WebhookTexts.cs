using Recruiting.Web.Localization;

namespace Recruiting.Web.Webhooks;

/// <summary>French for the console's webhook pages.</summary>
public sealed class WebhookTexts : TextCatalog
{
    public override Translations French { get; } = new()
    {
        ["Webhooks"] = "Webhooks",
        ["Each webhook receives a signed JSON POST when a posting is published, updated, archived or unpublished. Check the X-Recruiting-Signature header: sha256= followed by the HMAC-SHA256 of the body with the webhook's secret."] =
            "Chaque webhook reçoit un POST JSON signé quand une offre est publiée, mise à jour, archivée ou dépubliée. Vérifiez l’en-tête X-Recruiting-Signature\u00A0: sha256= suivi du HMAC-SHA256 du corps avec le secret du webhook.",
        ["Webhook added"] = "Webhook ajouté",
        ["Its signing secret is shown only once: copy it into the receiving system now."] = "Son secret de signature n’est affiché qu’une fois\u00A0: copiez-le maintenant dans le système destinataire.",
        ["Add a webhook"] = "Ajouter un webhook",
        ["Add webhook"] = "Ajouter le webhook",
        ["URL"] = "URL",
        ["An http:// or https:// address, such as https://example.com/hooks/careers."] = "Une adresse http:// ou https://, par exemple https://example.com/hooks/careers.",
        ["Enter the URL that receives the events."] = "Saisissez l’URL qui reçoit les événements.",
        ["Enter an http:// or https:// URL, such as https://example.com/hooks/careers."] = "Saisissez une URL http:// ou https://, par exemple https://example.com/hooks/careers.",
        ["Choose at least one event."] = "Choisissez au moins un événement.",
        ["Events"] = "Événements",
        ["State"] = "État",
        ["Actions"] = "Actions",
        ["Created"] = "Créée le",
        ["Registered webhooks"] = "Webhooks enregistrés",
        ["No webhook is registered."] = "Aucun webhook n’est enregistré.",
        ["Enabled"] = "Activé",
        ["Disabled"] = "Désactivé",
        ["Enable"] = "Activer",
        ["Disable"] = "Désactiver",
        ["Enable {0}"] = "Activer {0}",
        ["Disable {0}"] = "Désactiver {0}",
        ["Delete"] = "Supprimer",
        ["Delete {0}"] = "Supprimer {0}",
        ["Pending"] = "En attente",
        ["Failed"] = "Échec",
        ["Delivered"] = "Livré",
        ["The webhook is enabled."] = "Le webhook est activé.",
        ["The webhook is disabled: no new deliveries are queued for it."] = "Le webhook est désactivé\u00A0: aucune nouvelle livraison ne lui est destinée.",
        ["The webhook and its deliveries have been deleted."] = "Le webhook et ses livraisons ont été supprimés.",
        ["That webhook no longer exists."] = "Ce webhook n’existe plus.",
        ["Webhook deliveries"] = "Livraisons du webhook",
        ["All webhooks"] = "Tous les webhooks",
        ["To {0}"] = "Vers {0}",
        ["Nothing has been sent to this webhook yet."] = "Rien n’a encore été envoyé à ce webhook.",
        ["The latest 100 deliveries, newest first"] = "Les 100 dernières livraisons, les plus récentes d’abord",
        ["Event"] = "Événement",
        ["Status"] = "Statut",
        ["Attempts"] = "Tentatives",
        ["Next attempt"] = "Prochaine tentative",
        ["Last error"] = "Dernière erreur",
        ["Resend"] = "Renvoyer",
        ["Resend the {0} delivery of {1}"] = "Renvoyer la livraison {0} du {1}",
        ["The delivery is queued to be sent again."] = "La livraison sera renvoyée.",
        ["That delivery no longer exists."] = "Cette livraison n’existe plus.",
        ["The receiver answered {0}."] = "Le destinataire a répondu {0}.",
        ["Send a test event"] = "Envoyer un événement de test",
        ["Check the receiver: a test event is signed and sent like the others, with the event test and no posting, and tried once."] =
            "Vérifiez le destinataire\u00A0: un événement de test est signé et envoyé comme les autres, avec l’événement test et sans offre, et tenté une seule fois.",
        ["The test event was delivered: the receiver answered {0}."] = "L’événement de test a été livré\u00A0: le destinataire a répondu {0}.",
        ["The test event was not delivered: the receiver answered {0}."] = "L’événement de test n’a pas été livré\u00A0: le destinataire a répondu {0}.",
        ["The test event was not delivered: {0}"] = "L’événement de test n’a pas été livré\u00A0: {0}",
        ["The receiver did not answer in time."] = "Le destinataire n’a pas répondu à temps.",
        ["The receiver could not be reached."] = "Le destinataire est injoignable.",
        ["The receiver's address is on an internal network, where webhooks may not be sent."] =
            "L’adresse du destinataire est sur un réseau interne, où les webhooks ne peuvent pas être envoyés.",
        ["This address is on an internal network (loopback, private, link-local or reserved), where webhooks may not be sent. Enter a public address."] =
            "Cette adresse est sur un réseau interne (boucle locale, privé, lien local ou réservé), où les webhooks ne peuvent pas être envoyés. Saisissez une adresse publique.",
        ["The URL holds a line break or another control character: enter it on one line."] =
            "L’URL contient un saut de ligne ou un autre caractère de contrôle\u00A0: saisissez-la sur une seule ligne.",
    };
}
