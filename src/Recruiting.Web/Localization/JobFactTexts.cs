namespace Recruiting.Web.Localization;

/// <summary>
/// The French of the job facts' labels and values, which the posting editor and the public posting page both show:
/// written once here and added to both areas' catalogs.
/// </summary>
public static class JobFactTexts
{
    public static Translations French => new()
    {
        ["Employment type"] = "Type d’emploi",
        ["Full-time"] = "Temps plein",
        ["Part-time"] = "Temps partiel",
        ["Contract"] = "Contrat",
        ["Temporary"] = "Temporaire",
        ["Internship"] = "Stage",
        ["Volunteer"] = "Bénévolat",
        ["Per diem"] = "À la journée",
        ["Other"] = "Autre",
        ["Locations"] = "Lieux",
        ["Remote work"] = "Télétravail",
        ["Salary"] = "Salaire",
        ["Department or team"] = "Service ou équipe",
    };
}
