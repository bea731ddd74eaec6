using System.Net;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Testing;
using Recruiting.Web.Admin.Postings;
using Recruiting.Web.Workflow;

namespace Recruiting.Web.Tests.Admin.Postings;

public sealed class SchedulerTests
{
    [Theory, Providers]
    public async Task A_scheduled_posting_is_published_when_due_and_archived_at_its_closing_date(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, new Dictionary<string, string?> { ["Scheduler:IntervalSeconds"] = "3600" });
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var id = await PostingForms.CreateAsync(publisher, PostingForms.Fields());
        var fields = await EditTests.CurrentFieldsAsync(app, id);
        var publishAt = DateTime.UtcNow.AddDays(1);
        fields["PublishAt"] = publishAt.ToString("yyyy-MM-ddTHH:mm");
        fields["Form.ClosingAt"] = publishAt.AddDays(30).ToString("yyyy-MM-ddTHH:mm");

        var scheduled = await PostingForms.PostAsync(publisher, id, "Schedule", fields);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var posting = await EditTests.LoadAsync(app, id);
        Assert.Equal(PostingStatus.Scheduled, posting.Status);
        // The user's time zone is UTC: the wall-clock time typed is the UTC time stored.
        Assert.Equal(new DateTimeOffset(publishAt.Year, publishAt.Month, publishAt.Day, publishAt.Hour, publishAt.Minute, 0, TimeSpan.Zero), posting.ScheduledPublishAt);

        var scheduler = app.Service<PublishingScheduler>();
        Assert.Equal(0, await scheduler.RunOnceAsync());
        await using (var db = app.NewDbContext())
            Assert.False(await PublicPostings.Visible(db).AnyAsync());

        await SetAsync(app, id, p => p.ScheduledPublishAt = DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.Equal(1, await scheduler.RunOnceAsync());
        await using (var db = app.NewDbContext())
            Assert.True(await PublicPostings.Open(db).AnyAsync(p => p.Id == id));

        await SetAsync(app, id, p => p.Published = p.Published! with { ClosingAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
        Assert.Equal(1, await scheduler.RunOnceAsync());
        posting = await EditTests.LoadAsync(app, id);
        Assert.Equal(PostingStatus.Archived, posting.Status);
        await using (var db = app.NewDbContext())
            Assert.True(await PublicPostings.Visible(db).AnyAsync(p => p.Id == id)); // still visible, with the archived banner
    }

    [Fact]
    public async Task Scheduled_times_are_read_in_the_users_time_zone()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["Scheduler:IntervalSeconds"] = "3600" });
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        await using (var db = app.NewDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.Email == publisher.Email);
            user.TimeZone = "America/Toronto";
            await db.SaveChangesAsync();
        }
        var id = await PostingForms.CreateAsync(publisher, PostingForms.Fields());
        var fields = await EditTests.CurrentFieldsAsync(app, id);
        var year = DateTime.UtcNow.Year + 1;
        fields["PublishAt"] = $"{year}-01-15T09:00";

        Assert.Equal(HttpStatusCode.Redirect, (await PostingForms.PostAsync(publisher, id, "Schedule", fields)).StatusCode);

        var posting = await EditTests.LoadAsync(app, id);
        Assert.Equal(new DateTimeOffset(year, 1, 15, 14, 0, 0, TimeSpan.Zero), posting.ScheduledPublishAt); // EST is UTC−5
        Assert.Contains($"{year}-01-15 09:00", await publisher.GetStringAsync(PostingForms.EditUrl(id)));
    }

    private static async Task SetAsync(TestApp app, Guid id, Action<Posting> change)
    {
        await using var db = app.NewDbContext();
        var posting = await db.Postings.SingleAsync(p => p.Id == id);
        change(posting);
        await db.SaveChangesAsync();
    }
}
