using System.Net;
using Recruiting.Core.Audit;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Admin;

namespace Recruiting.Web.Tests.Admin.Audit;

public sealed class AuditLogTests
{
    [Theory, Providers]
    public async Task The_log_shows_newest_first_pages_of_fifty_and_filters_by_actor_and_action(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        await using (var db = app.NewDbContext())
        {
            for (var i = 0; i < 60; i++)
                db.AuditLog.Add(new AuditEntry { At = start.AddMinutes(i), Actor = i % 2 == 0 ? "even@example.test" : "odd@example.test", Action = "posting.test", Target = $"target-{i:00}" });
            await db.SaveChangesAsync();
        }

        var first = await admin.GetStringAsync("/admin/audit?action=posting.test");
        var second = await admin.GetStringAsync("/admin/audit?action=posting.test&p=2");
        var odd = await admin.GetStringAsync("/admin/audit?actor=odd@example.test");

        Assert.True(first.IndexOf("target-59", StringComparison.Ordinal) < first.IndexOf("target-58", StringComparison.Ordinal));
        Assert.Contains("target-10", first);
        Assert.DoesNotContain("target-09", first);
        Assert.Contains("target-09", second);
        Assert.Contains("target-00", second);
        Assert.DoesNotContain("target-10", second);
        Assert.Contains("30 entries", odd);
        Assert.Contains("target-59", odd);
        Assert.DoesNotContain("target-58", odd);
    }

    [Fact]
    public async Task Sign_ins_appear_in_the_log()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);

        var log = await admin.GetAsync("/admin/audit?action=user.signed-in");

        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        var html = await log.Content.ReadAsStringAsync();
        Assert.Contains("1 entries", html);
        Assert.Contains(admin.Email, html);
    }

    [Fact]
    public async Task Actions_and_the_systems_own_actors_are_shown_in_the_consoles_language()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);
        await using (var db = app.NewDbContext())
        {
            db.AuditLog.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "scheduler", Action = "posting.archive", Target = "fr/archiviste" });
            db.AuditLog.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "ann@example.test (console import)", Action = "posting.import", Target = "fr/comptable" });
            db.AuditLog.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "import (start-up)", Action = "something.new", Target = "x" });
            await db.SaveChangesAsync();
        }

        var english = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit"));
        await admin.PostFormAsync("/admin/audit", new() { ["language"] = "fr", ["returnUrl"] = "/admin/audit" }, AdminPaths.Language);
        var french = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit"));

        Assert.Contains("<td>scheduler</td>", english);
        Assert.Contains("<td>Posting archived</td>", english);
        Assert.Contains("<td>ann@example.test (console import)</td>", english);
        Assert.Contains("<td>planificateur</td>", french);
        Assert.Contains("<td>Offre archivée</td>", french);
        Assert.Contains("<td>Offre importée</td>", french);
        Assert.Contains("<td>Connexion</td>", french);
        Assert.Contains("<td>ann@example.test (importation dans la console)</td>", french);
        Assert.Contains("<td>importation (au démarrage)</td>", french);
        Assert.Contains(">Offre archivée</option>", french);
        Assert.Contains("<td>something.new</td>", french); // an action no catalog names is shown as stored
        Assert.DoesNotContain("<td>posting.archive</td>", french);
    }
}
