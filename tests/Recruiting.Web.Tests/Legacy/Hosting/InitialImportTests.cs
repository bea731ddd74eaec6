using Microsoft.EntityFrameworkCore;
using Recruiting.Testing.Legacy;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Legacy.Hosting;

public sealed class InitialImportTests
{
    [Fact]
    public async Task Start_up_imports_the_configured_folder_into_an_empty_database()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["Import:Folder"] = Samples.RepositoryImportFolder });
        await using var db = app.NewDbContext();
        var expected = Directory.GetFiles(Samples.RepositoryImportFolder).Length;
        Assert.Equal(expected, await db.Postings.CountAsync(p => p.PublishedHtml != null));
        Assert.All(await db.Postings.ToListAsync(), p => Assert.StartsWith("import/", p.ImportSource));
    }

    [Fact]
    public async Task A_blank_import_folder_setting_turns_the_start_up_import_off()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["Import:Folder"] = " " });
        await using var db = app.NewDbContext();
        Assert.Equal(0, await db.Postings.CountAsync());
    }
}
