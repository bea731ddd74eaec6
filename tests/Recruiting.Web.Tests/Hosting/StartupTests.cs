using Microsoft.EntityFrameworkCore;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Hosting;

public sealed class StartupTests
{
    [Theory, Providers]
    public async Task Start_up_migrates_the_configured_database(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using var db = app.NewDbContext();
        Assert.Equal(0, await db.Postings.CountAsync());
    }
}
