using Recruiting.Core.Identity;

namespace Recruiting.Core.Workflow;

/// <summary>Who does something: a signed-in user, an API token's owner, or the importer.</summary>
public sealed record Actor(string Name, IReadOnlyCollection<string> Roles, string? RemoteAddress = null)
{
    public static Actor System(string name) => new(name, [Identity.Roles.Administrator]);

    public bool CanPublish => Roles.Contains(Identity.Roles.Administrator) || Roles.Contains(Identity.Roles.Publisher);
    public bool CanAuthor => CanPublish || Roles.Contains(Identity.Roles.Author);
    public bool IsAdministrator => Roles.Contains(Identity.Roles.Administrator);
}
