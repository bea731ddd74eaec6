using Recruiting.Core.Identity;

namespace Recruiting.Web.Admin;

/// <summary>The console's main menu; each item shows only to users whose role satisfies its policy.</summary>
public static class AdminNavigation
{
    public sealed record Item(string Href, string Label, string Policy);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("/admin/postings", "Postings", Roles.CanAuthor),
        new("/admin/import", "Import", Roles.CanPublish),
        new("/admin/users", "Users", Roles.CanAdminister),
        new("/admin/audit", "Audit log", Roles.CanAdminister),
        new("/admin/tokens", "API tokens", Roles.CanAuthor),
        new("/admin/webhooks", "Webhooks", Roles.CanAdminister),
    ];
}
