using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Admin;

/// <summary>
/// Who did something, as people read it: a user's display name instead of the e-mail address the audit log and the
/// revisions store, and the system's own actors (scheduler, imports) in the console's language (<see cref="AuditTexts"/>).
/// </summary>
public sealed class ActorNames(RecruitingDb db)
{
    /// <summary>The names of the users among <paramref name="actors"/>, in one query.</summary>
    public async Task<ActorDisplay> LoadAsync(IEnumerable<string> actors, CancellationToken ct)
    {
        var emails = actors.Select(Person).Distinct().Select(e => e.ToUpperInvariant()).ToList();
        var names = await db.Users.AsNoTracking().Where(u => emails.Contains(u.NormalizedEmail!))
            .Select(u => new { u.Email, u.DisplayName }).ToListAsync(ct);
        return new(names.Where(n => !string.IsNullOrWhiteSpace(n.DisplayName))
            .ToDictionary(n => n.Email!, n => n.DisplayName, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The e-mail addresses of the users called <paramref name="name"/>: the audit log's "who" filter takes either.</summary>
    public async Task<IReadOnlyList<string>> EmailsOfAsync(string name, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.DisplayName == name && u.Email != null).Select(u => u.Email!).ToListAsync(ct);

    /// <summary>The person behind an actor: an upload's importer is stored as "{e-mail} (console import)".</summary>
    internal static string Person(string actor) =>
        actor.EndsWith(AuditTexts.ConsoleImportSuffix, StringComparison.Ordinal) ? actor[..^AuditTexts.ConsoleImportSuffix.Length] : actor;
}

public sealed class ActorDisplay(IReadOnlyDictionary<string, string> names)
{
    public string Of(IStringLocalizer<AuditTexts> texts, string actor)
    {
        var person = ActorNames.Person(actor);
        if (!names.TryGetValue(person, out var name)) return texts.Actor(actor);
        return person == actor ? name : texts["actor.console-import", name];
    }
}
